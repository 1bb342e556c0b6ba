/** Hosting and joining a live workshop: co-editing, presence, security (issue J). */
export const workshop = {
  workshop: {
    yourName: 'Your name (others see it)',
    nameHint: 'Also your name for comments and votes.',
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
    team: {
      hostOn: 'Host on a team server instead',
      hostIntro:
        'The map is put on your team’s sync server under the name below; others join it there with the server address, the token and the name. Your file stays on this computer and is saved as usual.',
      map: 'Map name on the server (letters, digits, - and _)',
      share: 'Others join with Join workshop › team server, using this address, the team’s token and this map name.',
      address: 'Server address',
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
      teamEmpty: 'Fill in the server address, the token and the map name.',
      teamMalformed:
        'Check the team server’s details: the address starts with ws:// or wss://, the token is 16 to 128 letters, digits, - or _, and the map name uses letters, digits, - and _.',
      mapExists:
        'The team server already has a map named “{{map}}”. Join it with Join workshop, or host yours under another name.',
      noMap: 'There is no map named “{{map}}” here yet. Check the name with the person who hosts it.',
      teamRefused:
        'The team server refused this token, or too many wrong tokens were tried from this computer. Check the token with whoever runs the server.',
      teamUnreachable: 'The team server did not answer. Check its address and that it is running.',
      unknownParticipant: 'That person is not in the workshop (any more).',
      invalidProject: 'The workshop was not started: the project is not valid ({{detail}}).',
    },
  },
} as const;
