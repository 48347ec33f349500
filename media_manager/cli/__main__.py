"""``python -m media_manager.cli`` runs the command line."""

from media_manager.cli import main

main()
