export const HELP_TEXT = `svclint — policy linter for self-hosted service trees

Usage:
  svclint [paths...] [options]          lint the services tree(s) (default: .)
  svclint place <name> [--image IMG] [--system S] [--provides KIND]
                                        where does a new service go? (the decision tree, step by step)
  svclint rules                         list the rules with id, default severity, description
  svclint migrate [path]                the phased migration to the placement plan (dry run; --format json|sh|markdown)
          [--apply [--phase N|--through N]] [--status] [--rollback [--to-phase N]] [--force]

Options:
  -c, --config FILE        use this config instead of looking for svclint.config.yaml
  -f, --format NAME        stylish (default), json, sarif, github, junit, markdown, html
  -o, --output-file FILE   write the report to FILE instead of stdout
      --max-warnings N     exit 1 when there are more than N warnings
  -q, --quiet              report errors only
      --rule ID:LEVEL      set a rule to off, warn or error (repeatable)
      --only GROUP         run only one rule group: structure, database, compose (repeatable)
      --changed-since REF  report only what the change since git REF touches (commits, staged,
                           unstaged and untracked files); two-sided findings blame the changed side
      --no-color           no colours (colours are used on a terminal only)
      --debug              show stack traces of internal errors
  -h, --help               this help
  -v, --version            the version

Exit codes: 0 no errors, 1 lint errors or too many warnings, 2 usage, config or internal error.
`;
