"""presslake: raw news HTML in S3 -> article and figure Parquet datasets for Athena."""

__version__ = "0.1.0"
