import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { Meeting, MeetingAttendee, MeetingKind, Person } from '@auditflow/domain';

/** An opening or closing meeting or an interview (ISO 19011 6.4.3, 6.4.10). */
@Entity({ name: 'audit_meetings' })
export class AuditMeetingEntity {
  @PrimaryColumn({ name: 'audit_id', type: 'uuid' })
  auditId!: string;

  @PrimaryColumn({ type: 'text' })
  id!: string;

  @Column({ type: 'text' })
  kind!: MeetingKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ name: 'time_zone', type: 'text' })
  timeZone!: string;

  @Column({ type: 'text' })
  location!: string;

  @Column({ type: 'jsonb' })
  organizer!: Person;

  @Column({ type: 'jsonb', default: () => `'[]'` })
  attendees!: MeetingAttendee[];

  /** RFC 5545 SEQUENCE of the last invitation sent. */
  @Column({ type: 'integer' })
  sequence!: number;

  @Column({ type: 'text' })
  status!: Meeting['status'];

  @Column({ type: 'jsonb', nullable: true })
  held!: Meeting['held'] | null;

  @Column({ name: 'last_seq', type: 'integer' })
  lastSeq!: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
