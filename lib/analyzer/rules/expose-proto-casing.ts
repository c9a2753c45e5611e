import { defineRule } from '../types';
import { exposePorts } from './support/expose';

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
    for (const stage of ctx.model.stages) {
      for (const ins of stage.instructions) {
        if (ins.keyword !== 'EXPOSE') continue;
        for (const port of exposePorts(ins)) {
          if (port.proto === port.proto.toLowerCase()) continue;
          ctx.report({
            ...port.range,
            message: `Defined protocol '${port.raw}' in EXPOSE instruction should be lowercase`,
            fix: port.protoRange
              ? { ...port.protoRange, text: port.proto.toLowerCase() }
              : undefined,
          });
        }
      }
    }
  },
});
