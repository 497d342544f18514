"""Figures in article text, as ../shared/spec/figures.md defines them."""
