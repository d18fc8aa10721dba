import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { conflict, forbidden, notFound } from '../../../../libs/domain/src/rejection';
import { ProgrammeInput } from '../../../../libs/domain/src/programme';
import { Actor } from '../../../../libs/domain/src/roles';
import { ProgrammeEntity } from '../../../../libs/persistence/src/entities/programme.entity';

@Injectable()
export class ProgrammesService {
  constructor(@InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>) {}

  create(input: ProgrammeInput): Promise<ProgrammeEntity> {
    return this.programmes.save(
      this.programmes.create({
        name: input.name,
        description: input.description ?? null,
        objectives: input.objectives,
        risks: input.risks,
        extent: input.extent ?? null,
        managerEmail: input.manager.email,
        managerName: input.manager.name,
        complianceLeadEmail: input.complianceLead.email,
        complianceLeadName: input.complianceLead.name,
        settings: input.settings,
        status: 'draft',
      }),
    );
  }

  list(): Promise<ProgrammeEntity[]> {
    return this.programmes.find({ order: { createdAt: 'DESC' } });
  }

  async get(id: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findOneBy({ id });
    if (!programme) throw notFound(`programme ${id} does not exist`);
    return programme;
  }

  /** The audit client approves the programme (5.4); the programme manager records it. */
  async approve(id: string, actor: Actor, approvedBy: string): Promise<ProgrammeEntity> {
    const programme = await this.get(id);
    if (actor.role !== 'programme-manager' || actor.email !== programme.managerEmail) {
      throw forbidden(`only the programme manager (${programme.managerEmail}) records the approval`);
    }
    if (programme.status === 'approved') throw conflict(`programme ${id} was already approved by ${programme.approvedBy}`);
    programme.status = 'approved';
    programme.approvedBy = approvedBy;
    programme.approvedAt = new Date();
    return this.programmes.save(programme);
  }
}
