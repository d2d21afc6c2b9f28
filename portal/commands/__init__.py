"""One module per command, each with ``main(argv) -> exit code``."""
