// Every workflow the worker hosts. Deterministic code only: see eslint's restricted imports for workflows/.
export {};
