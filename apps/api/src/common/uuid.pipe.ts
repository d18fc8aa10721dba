import { ArgumentMetadata, ParseUUIDPipe } from '@nestjs/common';

/** A UUID from the URL in its canonical lower-case form, so reads and steps find the same audit by it. */
export class CanonicalUuidPipe extends ParseUUIDPipe {
  override async transform(value: string, metadata: ArgumentMetadata): Promise<string> {
    // Only an `optional` pipe passes a missing value on as null or undefined; this one refuses it.
    return (await super.transform(value, metadata))!.toLowerCase();
  }
}
