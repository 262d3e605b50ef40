"""What every app may use and no app owns: storage locations, safe exports and other
plumbing. It imports no app of the project, so any app can import it."""
