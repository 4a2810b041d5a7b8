"""The user documentation, installed as the package ``waterplanner.docs`` so that the Help
window shows it offline, from a wheel, an editable install or the bundle alike."""
