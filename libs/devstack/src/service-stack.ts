/** Things started in order and stopped in reverse order, each stop isolated from the others' failures. */
export class ServiceStack {
  private readonly services: { name: string; stop: () => Promise<unknown> }[] = [];

  add(name: string, stop: () => Promise<unknown>): void {
    this.services.push({ name, stop });
  }

  /** Stops everything; resolves to false if some stop failed (after trying all of them). */
  async stopAll(log: (line: string) => void): Promise<boolean> {
    let clean = true;
    while (this.services.length) {
      const service = this.services.pop()!;
      try {
        log(`stopping ${service.name}`);
        await service.stop();
      } catch (error) {
        clean = false;
        log(`could not stop ${service.name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return clean;
  }
}
