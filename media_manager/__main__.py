"""``python -m media_manager`` runs the command line."""

from media_manager.cli import main

main()
