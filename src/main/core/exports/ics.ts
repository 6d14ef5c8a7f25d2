// The next 1:1 as an iCalendar file (RFC 5545).
//
// Times: a 1:1 is stored as a local date and time ("2026-03-14T09:30", or a date alone, which
// gets DEFAULT_MEETING_TIME). It is read in the time zone of the computer Kept runs on and
// written in UTC ("...Z"), which every calendar converts back to its own zone. UTC needs no
// VTIMEZONE block, so the file stays valid however the zone's rules change.
//
// Updates: the UID names the rep's next 1:1 (not its date), and SEQUENCE grows with every change
// to it, so importing the file again after the 1:1 moved updates the event instead of adding one.
import { z } from 'zod'

export const DEFAULT_MEETING_TIME = '09:00'

export interface MeetingEvent {
  /** Stable for the rep's next 1:1 wherever it moves, so importing the file again updates the event instead of doubling it. */
  uid: string
  /** When the 1:1 was last changed (moved): SEQUENCE grows with it. */
  revisedAt: Date
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

/** TEXT value escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks; other control characters are removed. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[^\P{Cc}\n]/gu, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n')
}

const EMAIL = z.email()

/**
 * The attendee as a mailto: URI (RFC 6068), or null when the address is not one: an address
 * that came in through an import or an old file must not add lines or parameters to the event.
 */
export function attendeeUri(email: string): string | null {
  const address = email.trim()
  if (address.length > 254 || !EMAIL.safeParse(address).success) return null
  return `mailto:${address.replace(/[^A-Za-z0-9._~!$&'*+=@-]/g, (char) => encodeURIComponent(char))}`
}

/** SEQUENCE (RFC 5545 §3.8.7.4): seconds from 2020 to the last change, so every later change is a higher number. */
export function icsSequence(revisedAt: Date): number {
  return Math.max(0, Math.floor((revisedAt.getTime() - Date.UTC(2020, 0, 1)) / 1000))
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
  // Parameter values cannot hold quotes or control characters (RFC 5545 §3.1); quote the rest.
  return `"${text.replace(/["\p{Cc}]/gu, '')}"`
}

export function renderIcs(event: MeetingEvent): string {
  const start = localInstant(event.start)
  const attendee = attendeeUri(event.attendeeEmail)
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
    `SEQUENCE:${icsSequence(event.revisedAt)}`,
    `DTSTART:${utcStamp(start)}`,
    `DTEND:${utcStamp(end)}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escapeIcsText(event.description)}`] : []),
    ...(attendee ? [`ATTENDEE;CN=${paramValue(event.attendeeName)};ROLE=REQ-PARTICIPANT:${attendee}`] : []),
    'TRANSP:OPAQUE',
    'END:VEVENT',
    'END:VCALENDAR'
  ]
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`
}
