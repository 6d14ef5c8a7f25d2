// The next 1:1 as an iCalendar file (RFC 5545).
//
// Times: a 1:1 is stored as a local date and time ("2026-03-14T09:30", or a date alone, which
// gets DEFAULT_MEETING_TIME). It is read in the time zone of the computer Kept runs on and
// written in UTC ("...Z"), which every calendar converts back to its own zone. UTC needs no
// VTIMEZONE block, so the file stays valid however the zone's rules change.

export const DEFAULT_MEETING_TIME = '09:00'

export interface MeetingEvent {
  /** Stable per rep and date, so importing the file again updates the event instead of doubling it. */
  uid: string
  /** Local date, optionally with a time: 'YYYY-MM-DD' or 'YYYY-MM-DDTHH:MM'. */
  start: string
  minutes: number
  summary: string
  description: string
  /** The rep's email, as an attendee; empty for none. */
  attendeeEmail: string
  attendeeName: string
  /** When the file is made (DTSTAMP). */
  now: Date
}

/** A local date-time string as the instant it names in this computer's time zone. */
export function localInstant(start: string): Date {
  const time = start.length > 10 ? start.slice(11, 16) : DEFAULT_MEETING_TIME
  return new Date(Number(start.slice(0, 4)), Number(start.slice(5, 7)) - 1, Number(start.slice(8, 10)), Number(time.slice(0, 2)), Number(time.slice(3, 5)))
}

function utcStamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
}

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeIcsText(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r\n?|\n/g, '\\n')
}

/** Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character. */
export function foldIcsLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let currentBytes = 0
  let limit = 75
  for (const char of line) {
    const bytes = encoder.encode(char).length
    if (currentBytes + bytes > limit) {
      parts.push(current)
      current = ''
      currentBytes = 0
      limit = 74 // a continuation line starts with a space, which counts
    }
    current += char
    currentBytes += bytes
  }
  parts.push(current)
  return parts.join('\r\n ')
}

function paramValue(text: string): string {
  // Parameter values cannot hold quotes or control characters; quote the rest.
  return `"${text.replace(/["\p{Cc}]/gu, '')}"`
}

export function renderIcs(event: MeetingEvent): string {
  const start = localInstant(event.start)
  const end = new Date(start.getTime() + event.minutes * 60_000)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kept//Kept 1:1 coaching//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcStamp(event.now)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(event.attendeeEmail ? [`ATTENDEE;CN=${paramValue(event.attendeeName)};ROLE=REQ-PARTICIPANT:mailto:${event.attendeeEmail}`] : []),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR'
  ]
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}
