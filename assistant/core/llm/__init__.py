"""Running the model: the engine, its chat template, the stop filter and the engine protocol."""
