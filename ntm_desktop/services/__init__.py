"""The use-case floor: one module per thing a user does (packages, dossier printing, history,
files, keys and trust, workspace set-up). Above ``sync`` and ``dossier``, below ``cli``, ``gui``
and ``app``, which both call these functions — so a use case behaves the same from the command
line and from the window. Qt-free."""
