-- Expire old snapshots of figures and remove the files no snapshot needs (repeated while Athena asks for more runs).
VACUUM figures
