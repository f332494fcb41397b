// Listen: reads an article aloud paragraph by paragraph where the browser has speech synthesis.
