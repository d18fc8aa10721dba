import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { z } from 'zod';
import { auditorEvaluationSchema, auditorSchema, checkTeam, TeamCheck } from '../../../../libs/domain/src/competence';
import { conflict, notFound } from '../../../../libs/domain/src/rejection';
import { AuditorEntity } from '../../../../libs/persistence/src/entities/auditor.entity';

@Injectable()
export class AuditorsService {
  constructor(@InjectRepository(AuditorEntity) private readonly auditors: Repository<AuditorEntity>) {}

  async create(input: z.output<typeof auditorSchema>): Promise<AuditorEntity> {
    if (await this.auditors.existsBy({ email: input.email })) throw conflict(`an auditor with e-mail ${input.email} already exists`);
    return this.auditors.save(this.auditors.create({ ...input, unit: input.unit ?? null, evaluations: [] }));
  }

  list(): Promise<AuditorEntity[]> {
    return this.auditors.find({ order: { name: 'ASC' } });
  }

  async get(id: string): Promise<AuditorEntity> {
    const auditor = await this.auditors.findOneBy({ id });
    if (!auditor) throw notFound(`auditor ${id} does not exist`);
    return auditor;
  }

  /** Evaluations are appended, never rewritten (7.4). */
  async evaluate(id: string, evaluation: z.output<typeof auditorEvaluationSchema>): Promise<AuditorEntity> {
    const auditor = await this.get(id);
    auditor.evaluations = [...auditor.evaluations, { ...evaluation, evaluatedAt: new Date().toISOString() }];
    return this.auditors.save(auditor);
  }

  /** Checks a proposed team against the pool's profiles (7.2.3 coverage, independence, leader qualification). */
  async checkTeam(members: { email: string; leader?: boolean }[], auditeeUnit: string): Promise<TeamCheck & { unknown: string[] }> {
    const profiles = await this.auditors.findBy({ email: In(members.map((member) => member.email)) });
    const known = members.flatMap((member) => {
      const profile = profiles.find((candidate) => candidate.email === member.email);
      return profile ? [{ ...profile, leader: member.leader }] : [];
    });
    return { ...checkTeam(known, auditeeUnit), unknown: members.filter((member) => !profiles.some((profile) => profile.email === member.email)).map((member) => member.email) };
  }
}
