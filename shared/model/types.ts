import type { z } from 'zod';
import type {
  flowSchema,
  laneSchema,
  measureSchema,
  metricSchema,
  momentSchema,
  personaSchema,
  projectSchema,
  riskSchema,
  senseSchema,
  servqualEntrySchema,
  servqualSchema,
  servqualWeightsSchema,
  stageSchema,
  standardSchema,
  stepSchema,
  viewSchema,
  rowSchema,
  journeyStateSchema,
  journeyStatesSchema,
  surveySchema,
  authorSchema,
  commentSchema,
  commentReplySchema,
  COMMENT_TARGET_KINDS,
  surveyMappingSchema,
  surveyStatementSchema,
  SURVEY_LAYOUTS,
  ROW_KINDS,
  SENSES,
  SERVQUAL_DIMENSIONS,
  CHANNELS,
  STEP_KINDS,
  FLOW_KINDS,
  EVIDENCE,
  METRIC_KINDS,
  METRIC_DIRECTIONS,
  votingRoundSchema,
  votingTargetSchema,
  votingDotSchema,
  votingParticipantSchema,
  VOTING_SCOPES,
  VOTING_TARGET_KINDS,
} from './schema';

export type Project = z.infer<typeof projectSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Step = z.infer<typeof stepSchema>;
export type Flow = z.infer<typeof flowSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Moment = z.infer<typeof momentSchema>;
export type Sense = z.infer<typeof senseSchema>;
export type Risk = z.infer<typeof riskSchema>;
export type ServqualEntry = z.infer<typeof servqualEntrySchema>;
export type Servqual = z.infer<typeof servqualSchema>;
export type ServqualWeights = z.infer<typeof servqualWeightsSchema>;
export type Standard = z.infer<typeof standardSchema>;
export type Measure = z.infer<typeof measureSchema>;
export type Metric = z.infer<typeof metricSchema>;
export type MetricKind = (typeof METRIC_KINDS)[number];
export type MetricDirection = (typeof METRIC_DIRECTIONS)[number];
export type View = z.infer<typeof viewSchema>;
export type JourneyRow = z.infer<typeof rowSchema>;
export type JourneyState = z.infer<typeof journeyStateSchema>;
export type JourneyStates = z.infer<typeof journeyStatesSchema>;
export type Survey = z.infer<typeof surveySchema>;
export type SurveyMapping = z.infer<typeof surveyMappingSchema>;
export type SurveyStatement = z.infer<typeof surveyStatementSchema>;
export type SurveyLayout = (typeof SURVEY_LAYOUTS)[number];
export type Author = z.infer<typeof authorSchema>;
/** Who you are: the display name and colour kept in the settings (the same shape as a comment's author). */
export type Identity = Author;
export type Comment = z.infer<typeof commentSchema>;
export type CommentReply = z.infer<typeof commentReplySchema>;
export type CommentTarget = Comment['target'];
export type CommentTargetKind = (typeof COMMENT_TARGET_KINDS)[number];
export type RowKind = (typeof ROW_KINDS)[number];
export type VotingRound = z.infer<typeof votingRoundSchema>;
export type VotingTarget = z.infer<typeof votingTargetSchema>;
export type VotingDot = z.infer<typeof votingDotSchema>;
export type VotingParticipant = z.infer<typeof votingParticipantSchema>;
export type VotingScope = (typeof VOTING_SCOPES)[number];
export type VotingTargetKind = (typeof VOTING_TARGET_KINDS)[number];

export type SenseName = (typeof SENSES)[number];
export type ServqualDimension = (typeof SERVQUAL_DIMENSIONS)[number];
export type Channel = (typeof CHANNELS)[number];
export type StepKind = (typeof STEP_KINDS)[number];
export type FlowKind = (typeof FLOW_KINDS)[number];
export type Evidence = (typeof EVIDENCE)[number];
/** A SERVQUAL answer scale's top: 1-5 or 1-7. */
export type ServqualScale = Project['servqualScale'];
