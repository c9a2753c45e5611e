import { defineRule } from '../types';
import { at, fixAt } from './support/ranges';
import { exposePorts } from './support/expose';
import { bit, eachOfKinds, Kind } from './support/file-index';

/**
 * `EXPOSE 8080:80` or an IP address: mirrors BuildKit's ExposeInvalidFormat. EXPOSE only
 * documents a container port, so the fix keeps just that part.
 */
export const exposeInvalidFormat = defineRule({
  meta: {
    id: 'expose-invalid-format',
    severity: 'warning',
    description: 'EXPOSE should not define an IP address or a host-port mapping',
    docs: 'https://docs.docker.com/go/dockerfile/rule/expose-invalid-format/',
    buildkit: 'ExposeInvalidFormat',
  },
  check(ctx) {
    eachOfKinds(ctx.model, bit(Kind.EXPOSE), (ins) => {
      for (const port of exposePorts(ins)) {
        if (port.ip === '' && port.hostPort === '') continue;
        ctx.report(
          at(port.range, {
            message: `EXPOSE instruction should not define an IP address or host-port mapping, found '${port.raw}'`,
            fix: port.exact ? fixAt(port.range, port.containerPart) : undefined,
          }),
        );
      }
    });
  },
});
