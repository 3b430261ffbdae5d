import { chineseNumeral, isMeetingBody, meetingOrdinalLabel, quorumRequired, votesToPass } from './meeting.rules';

describe('meeting rules', () => {
  it.each([
    [1, '一'],
    [5, '五'],
    [10, '十'],
    [11, '十一'],
    [19, '十九'],
    [20, '二十'],
    [21, '二十一'],
    [50, '五十'],
    [99, '九十九'],
  ])('writes %i as %s', (n, text) => expect(chineseNumeral(n)).toBe(text));

  it('keeps Arabic digits past 99 and refuses what is not a positive whole number', () => {
    expect(chineseNumeral(120)).toBe('120');
    expect(() => chineseNumeral(0)).toThrow(RangeError);
    expect(() => chineseNumeral(1.5)).toThrow(RangeError);
  });

  it('labels meetings by term, ordinal and body', () => {
    expect(meetingOrdinalLabel(4, 5, 'council')).toBe('四届五次理事会');
    expect(meetingOrdinalLabel(5, 12, 'standing-council')).toBe('五届十二次常务理事会');
    expect(meetingOrdinalLabel(4, 2, 'general-assembly')).toBe('四届二次会员代表大会');
    expect(meetingOrdinalLabel(4, 21, 'president-office')).toBe('四届二十一次会长办公会');
    expect(meetingOrdinalLabel(2, 3, 'branch-rehab')).toBe('二届三次委员会');
  });

  it('quorum: two thirds of the members for council, standing council and general assembly; a majority elsewhere', () => {
    expect(quorumRequired('council', 30)).toBe(20);
    expect(quorumRequired('council', 31)).toBe(21);
    expect(quorumRequired('standing-council', 9)).toBe(6);
    expect(quorumRequired('general-assembly', 300)).toBe(200);
    expect(quorumRequired('president-office', 7)).toBe(4);
    expect(quorumRequired('branch-rehab', 10)).toBe(6);
  });

  it('resolutions: two thirds of those present in council, a majority of those present elsewhere', () => {
    expect(votesToPass('council', 21)).toBe(14);
    expect(votesToPass('standing-council', 20)).toBe(14);
    expect(votesToPass('general-assembly', 200)).toBe(101);
    expect(votesToPass('branch-rehab', 7)).toBe(4);
  });

  it('knows the bodies', () => {
    expect(isMeetingBody('council')).toBe(true);
    expect(isMeetingBody('branch-rehab')).toBe(true);
    expect(isMeetingBody('branch-')).toBe(false);
    expect(isMeetingBody('board')).toBe(false);
  });
});
