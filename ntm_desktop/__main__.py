from ntm_desktop.app import main

raise SystemExit(main())
