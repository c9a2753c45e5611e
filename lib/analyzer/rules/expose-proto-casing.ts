import { defineRule } from '../types';
import { at, fixAt } from './support/ranges';
import { exposePorts } from './support/expose';
import { bit, eachOfKinds, Kind } from './support/file-index';

/** `EXPOSE 80/TCP`: mirrors BuildKit's ExposeProtoCasing, with the protocol lowercased. */
export const exposeProtoCasing = defineRule({
  meta: {
    id: 'expose-proto-casing',
    severity: 'warning',
    description: 'Protocols in EXPOSE should be lowercase',
    docs: 'https://docs.docker.com/go/dockerfile/rule/expose-proto-casing/',
    buildkit: 'ExposeProtoCasing',
  },
  check(ctx) {
    eachOfKinds(ctx.model, bit(Kind.EXPOSE), (ins) => {
      for (const port of exposePorts(ins)) {
        if (port.proto === port.proto.toLowerCase()) continue;
        ctx.report(
          at(port.range, {
            message: `Defined protocol '${port.raw}' in EXPOSE instruction should be lowercase`,
            fix: port.protoRange ? fixAt(port.protoRange, port.proto.toLowerCase()) : undefined,
          }),
        );
      }
    });
  },
});
