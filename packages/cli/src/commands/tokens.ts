import { getPortal, takedownRoles } from '@reportal/core';
import { createAccessToken } from '@reportal/server';
import { besideRunningServer, besideRunningServerHelp } from '../admin/beside-server.js';
import {
  type CommandContext,
  type CommandGroup,
  ExitCode,
  exitCodesHelp,
  parseCommandLine,
  UsageError,
} from '../command.js';
import { storeCommandOptions, storeOptionsHelp, withStore } from '../store/store-options.js';

const help = `Usage: reportal tokens <command> [options]

Bearer tokens for the analyst API and for partners. A token is shown once, when it is created;
only its hash is stored, so a lost token cannot be recovered, only revoked.

Commands:
  create --role <role> [--label <text>] [--partner <id>] [--portal <id>]...
                     create a token and print it alone on standard output
  revoke <token-id>  revoke a token at once
  list               list tokens (id, role, label, created, revoked), never the tokens

Roles: analyst, supervisor (also reopen and close), auditor (read only), partner (submits
reports as a trusted flagger; needs --partner <id>).

Portals: without --portal a token works on any portal's server of the store, each showing its
own cases only. With --portal (repeatable) only those portals' servers accept it, and on them it
may also read the cases of the other portals listed (portals sharing one database).

${besideRunningServerHelp}

Options:
${storeOptionsHelp}
  -h, --help             show this help

${exitCodesHelp}

Examples:
  reportal tokens create --role analyst --label "Analyst A" --data ./.reportal
  reportal tokens create --role partner --partner ngo-example --label "NGO Example"
  reportal tokens create --role supervisor --portal bz --portal gt --label "Regional lead"
  reportal tokens revoke 5b3c7d1e-... --data ./.reportal`;

const options = {
  ...storeCommandOptions,
  role: { type: 'string' },
  label: { type: 'string' },
  partner: { type: 'string' },
  portal: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

async function tokens(args: readonly string[], context: CommandContext): Promise<number> {
  const { values, positionals } = parseCommandLine(args, options);
  const [command, ...rest] = positionals;
  if (values.help || command === undefined) {
    (values.help ? context.stdout : context.stderr)(help);
    return values.help ? ExitCode.ok : ExitCode.usage;
  }
  if (command === 'create') {
    if (rest.length > 0) throw new UsageError(`unexpected argument "${rest[0]}"`);
    const role = values.role;
    if (!role || !(takedownRoles as readonly string[]).includes(role)) {
      throw new UsageError(`--role must be one of ${takedownRoles.join(', ')}`);
    }
    if (role === 'partner' && !values.partner)
      throw new UsageError('a partner token needs --partner <id>');
    if (role !== 'partner' && values.partner)
      throw new UsageError('--partner is only for --role partner');
    if (values.partner && !/^[a-z0-9][a-z0-9-]{0,62}$/.test(values.partner)) {
      throw new UsageError('--partner must be lower-case letters, digits and dashes');
    }
    const portals = values.portal;
    for (const portal of portals ?? []) {
      if (!getPortal(portal)) throw new UsageError(`--portal ${portal} is not a known portal`);
    }
    const created = await withStore(values, context, (store) =>
      createAccessToken({
        store,
        role: role as (typeof takedownRoles)[number],
        label: values.label ?? `${role} token`,
        ...(values.partner !== undefined && { partnerId: values.partner }),
        ...(portals !== undefined && portals.length > 0 && { portals }),
      }),
    );
    if (!created) return ExitCode.problems;
    context.stdout(created.token);
    context.stderr(`Created ${role} token ${created.record.id}. It is shown only this once.`);
    return ExitCode.ok;
  }
  if (command === 'revoke') {
    const [id, ...extra] = rest;
    if (!id) throw new UsageError('tokens revoke needs the token id (see reportal tokens list)');
    if (extra.length > 0) throw new UsageError(`unexpected argument "${extra[0]}"`);
    const revoked = await withStore(values, context, (store) => store.revokeToken(id, new Date()));
    if (revoked === undefined) return ExitCode.problems;
    if (!revoked) {
      context.stderr(`reportal: no token has the id ${id}`);
      return ExitCode.problems;
    }
    context.stdout(`Revoked token ${id}.`);
    return ExitCode.ok;
  }
  if (command === 'list') {
    const list = await withStore(values, context, (store) => store.listTokens());
    if (!list) return ExitCode.problems;
    for (const token of list) {
      const partner = token.partnerId ? ` partner:${token.partnerId}` : '';
      const scope = token.portals ? `  portals ${token.portals.join(',')}` : '';
      const state = token.revokedAt ? `revoked ${token.revokedAt}` : 'active';
      context.stdout(
        `${token.id}  ${token.role}${partner}  "${token.label}"${scope}  created ${token.createdAt}  ${state}`,
      );
    }
    return ExitCode.ok;
  }
  throw new UsageError(`unknown command "tokens ${command}"`);
}

export const tokensCommands: CommandGroup = {
  name: 'tokens',
  summary: 'create, revoke and list bearer tokens for analysts and partners',
  help,
  run: besideRunningServer('tokens', options, tokens),
};
