/** Hosting and joining a live workshop: co-editing, presence, security (issue J). */
export const workshop = {
  workshop: {
    yourName: 'Your name (others see it)',
    cancel: 'Cancel',
    close: 'Close',
    unnamed: 'Someone',
    host: {
      title: 'Host workshop',
      intro:
        'Others on this network join with a code and edit this map with you live. Your file stays on this computer and is saved as usual. The workshop ends when you end it or close Touchmap.',
      start: 'Start workshop',
      share: 'Give the others this code or link. Only people with it can join.',
      code: 'Join code',
      link: 'Join link',
      participants: 'Participants',
      joined_one: '{{count, number}} person joined',
      joined_other: '{{count, number}} people joined',
      remove: 'Remove: {{name}}',
      end: 'End workshop',
    },
    join: {
      title: 'Join workshop',
      code: 'Join code or link',
      teamServer: 'Join a team server instead',
      serverUrl: 'Server address (ws:// or wss://)',
      token: 'Access token',
      join: 'Join',
      joining: 'Joining…',
      alreadyInWorkshop:
        'A join link was opened, but you are in a workshop already. Leave this workshop first, then open the link again.',
    },
    strip: {
      label: 'Workshop',
      people: 'Others here',
      manage: 'Code and participants…',
      saveCopy: 'Save a copy',
      leave: 'Leave workshop',
    },
    status: {
      connected: 'Connected',
      reconnecting: 'Reconnecting…',
      offline: 'Offline: your edits are kept and merge when you are back',
    },
    ended: {
      left: 'You left the workshop.',
      'host-ended': 'The host ended the workshop.',
      removed: 'The host removed you from the workshop. The map stays open; use Save a copy to keep it.',
    },
    repaired_one:
      'Edits made at the same time by different people clashed (a step deleted while someone connected it, say): {{count, number}} item was dropped to keep the map valid.',
    repaired_other:
      'Edits made at the same time by different people clashed (a step deleted while someone connected it, say): {{count, number}} items were dropped to keep the map valid.',
    errors: {
      empty: 'Type the join code or paste the link.',
      malformed: 'That is not a join code or link. Check it with the host and try again.',
      refused:
        'The workshop refused this code: it is wrong or has expired, or too many wrong codes were tried. Ask the host for the code again.',
      unreachable:
        'The workshop did not answer. Check that you are on the same network as the host and that the workshop is still running.',
      badUpdate: 'An edit could not be read and was not shared.',
      notInWorkshop: 'No workshop is running.',
      notHost: 'Only the host can remove people.',
      invalidProject: 'The workshop was not started: the project is not valid ({{detail}}).',
    },
  },
} as const;
