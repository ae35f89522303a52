package dk.ddh.hotline.test;

class SecondIsolatedClassIntegrationTests extends IsolatedInfrastructureChecks {}
