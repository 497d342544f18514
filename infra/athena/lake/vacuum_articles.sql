-- Expire old snapshots of articles and remove the files no snapshot needs (repeated while Athena asks for more runs).
VACUUM articles
