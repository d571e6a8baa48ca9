from ntm_desktop.cli import main

raise SystemExit(main())
