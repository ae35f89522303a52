package dk.ddh.hotline.test;

class FirstIsolatedClassIntegrationTests extends IsolatedInfrastructureChecks {}
