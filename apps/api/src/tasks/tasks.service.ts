import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { listOverdueTasksByComplianceLead, listTasks, TaskListFilters } from '@auditflow/persistence';
import { Principal, viewerOf } from '../auth/principal';

/** Inboxes and overdue lists, scoped to the tasks the person may see. */
@Injectable()
export class TasksService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(principal: Principal, filters: TaskListFilters) {
    return listTasks(this.dataSource, viewerOf(principal), filters);
  }

  overdueByComplianceLead(principal: Principal) {
    return listOverdueTasksByComplianceLead(this.dataSource, new Date(), viewerOf(principal));
  }
}
