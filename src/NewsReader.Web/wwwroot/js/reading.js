// Reading state kept in this browser only: read marks, where a long article was left, continue reading.
