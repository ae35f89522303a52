package dk.ddh.hotline.guides;

import dk.ddh.hotline.test.ApiDocumentLint;
import dk.ddh.hotline.test.HotlineIntegrationTest;

/** The OpenAPI document partners code against: Redocly's recommended rules, no error and no warning. */
@HotlineIntegrationTest
class ApiContractIntegrationTests extends ApiDocumentLint {}
