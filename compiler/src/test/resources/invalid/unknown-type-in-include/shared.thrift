struct Address { 1: string street }
