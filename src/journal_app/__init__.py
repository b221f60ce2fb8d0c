"""Learning Journal: keep the learning journal of a mentor-recognition framework offline."""

__version__ = "0.1.0"
APP_NAME = "Learning Journal"
APP_ID = "journal-app"
DESKTOP_ID = "org.learningjournal.LearningJournal"  # .desktop file, AppStream id, icon name
