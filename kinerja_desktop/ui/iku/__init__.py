"""The IKU over the whole plan period (issue 13 point 6): page, table model and chart."""
