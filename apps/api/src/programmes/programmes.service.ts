import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { FindOptionsWhere, Repository } from 'typeorm';
import { conflict, forbidden, managesProgrammes, notFound, ProgrammeInput } from '@auditflow/domain';
import { isAdmin, Principal } from '../auth/principal';
import { ProgrammeEntity } from '@auditflow/persistence';

@Injectable()
export class ProgrammesService {
  constructor(@InjectRepository(ProgrammeEntity) private readonly programmes: Repository<ProgrammeEntity>) {}

  /** Programme managers establish programmes they manage; an admin may name any manager. */
  create(principal: Principal, input: ProgrammeInput): Promise<ProgrammeEntity> {
    if (!managesProgrammes(principal.roles)) throw forbidden('only programme managers and admins establish audit programmes');
    if (!isAdmin(principal) && input.manager.email !== principal.email) throw forbidden(`you manage the programmes you establish: manager.email must be ${principal.email}`);
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

  /** An admin sees every programme; anyone else those they manage or are the compliance lead of. */
  list(principal: Principal): Promise<ProgrammeEntity[]> {
    return this.programmes.find({ where: visibleTo(principal), order: { createdAt: 'DESC' } });
  }

  async get(principal: Principal, id: string): Promise<ProgrammeEntity> {
    const programme = await this.programmes.findOne({ where: visibleTo(principal).map((scope) => ({ ...scope, id })) });
    if (!programme) throw notFound(`programme ${id} does not exist`);
    return programme;
  }

  /** The audit client approves the programme (5.4); the programme manager records it. */
  async approve(principal: Principal, id: string, approvedBy: string): Promise<ProgrammeEntity> {
    const programme = await this.get(principal, id);
    if (principal.email !== programme.managerEmail) {
      throw forbidden(`only the programme manager (${programme.managerEmail}) records the approval`);
    }
    if (programme.status === 'approved') throw conflict(`programme ${id} was already approved by ${programme.approvedBy}`);
    programme.status = 'approved';
    programme.approvedBy = approvedBy;
    programme.approvedAt = new Date();
    return this.programmes.save(programme);
  }
}

function visibleTo(principal: Principal): FindOptionsWhere<ProgrammeEntity>[] {
  if (isAdmin(principal)) return [{}];
  return [{ managerEmail: principal.email }, { complianceLeadEmail: principal.email }];
}
