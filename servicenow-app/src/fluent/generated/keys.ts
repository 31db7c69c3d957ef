import '@servicenow/sdk/global';

declare global {
  namespace Now {
    namespace Internal {
      interface Keys extends KeysRegistry {
        explicit: {
          '@helpdesk-verify/core-client@0.1.0/index.js': {
            table: 'sys_module';
            id: '4d4a5cd414a7494b9b9696d1e284925a';
            deleted: true;
          };
          '@helpdesk-verify/core-client@0.1.0/package.json': {
            table: 'sys_module';
            id: '7eb94ac97bac4ca2b9bfbc62ef40a8c0';
          };
          '@helpdesk-verify/core-client@0.1.0/receiver.js': {
            table: 'sys_module';
            id: '077ecbcc3c5946928f5b921994020061';
          };
          'acl-receipt-read': {
            table: 'sys_security_acl';
            id: '79b93c1e16134ff4974177746f1d6637';
          };
          'acl-receipt-write': {
            table: 'sys_security_acl';
            id: '87445cedc5524e3eb01d6b5e8e8f919d';
          };
          'acl-rest-agent': {
            table: 'sys_security_acl';
            id: '541baf007b1c477ebf1c349b435a06ab';
          };
          'acl-verification-create': {
            table: 'sys_security_acl';
            id: '14541f49da584e909d5716afe37e4e80';
          };
          'acl-verification-delete': {
            table: 'sys_security_acl';
            id: '557c8ae3bf50488da62e878771df0a49';
          };
          'acl-verification-read': {
            table: 'sys_security_acl';
            id: 'cbe4ff73f324427287b590beeebb4edd';
          };
          'acl-verification-write': {
            table: 'sys_security_acl';
            id: 'c31dda6a3c0a44e19f84433ed7a0fa3d';
          };
          'atf-platform-hmac': {
            table: 'sys_atf_test';
            id: '063f48e57a274a0d863bda2ed89e8b07';
          };
          'atf-platform-hmac-step': {
            table: 'sys_atf_step';
            id: '4592574c54204763b09b4ac41f2ff3a4';
          };
          'atf-policy-gate': {
            table: 'sys_atf_test';
            id: '10dbdd9e303f400ba7f804e819fbaf91';
          };
          'atf-policy-gate-step': {
            table: 'sys_atf_step';
            id: 'ee085b089e974deb87d8f987352beee2';
          };
          bom_json: {
            table: 'sys_module';
            id: '6030282e47d34e39b76c67d06edf91de';
          };
          'br-pending-message': {
            table: 'sys_script';
            id: '7a1cb77f3cfc4a87bd5763bd36ff36be';
          };
          'br-policy-gate': {
            table: 'sys_script';
            id: '275609f71a2e4057ad9db79f76e82c7a';
          };
          'csp-incident-read': {
            table: 'sys_scope_privilege';
            id: '21150fbd6db74c15b47e8c4bd919baca';
          };
          'csp-incident-write': {
            table: 'sys_scope_privilege';
            id: 'fe171fe1858a4be2b246283c41effb6e';
          };
          'csp-sc_req_item-read': {
            table: 'sys_scope_privilege';
            id: 'b2c28803fcf1432383ba30cc237a7a6d';
          };
          'csp-sc_req_item-write': {
            table: 'sys_scope_privilege';
            id: 'ff6fafcfa35c490487610bf5bf66396f';
          };
          'csp-sc_task-read': {
            table: 'sys_scope_privilege';
            id: '7ab8efba09ca4f95bd276db7b8083307';
          };
          'csp-sc_task-write': {
            table: 'sys_scope_privilege';
            id: '2dcdd6ff5c83466f973607f9c9785370';
          };
          'csp-sn_hr_core_case-read': {
            table: 'sys_scope_privilege';
            id: '43f27e77d7ea424f839e8830d71a78a6';
          };
          'csp-sn_hr_core_case-write': {
            table: 'sys_scope_privilege';
            id: '938eff68b8dd4ae0aec36d70cd31e07a';
          };
          'csp-sys_user-read': {
            table: 'sys_scope_privilege';
            id: '41e3900a93ca4865b315002f2bf6dd79';
          };
          'csp-task-read': {
            table: 'sys_scope_privilege';
            id: 'b9657a45e12348518d4f7e65e49e7b2b';
          };
          'csp-task-write': {
            table: 'sys_scope_privilege';
            id: '41f66d9eb4eb4de3b80c6c3d5e3ea4c3';
          };
          'da-verify-identity': {
            table: 'sys_declarative_action_assignment';
            id: 'd642507a66da41bab01fe2a529218829';
          };
          menu: {
            table: 'sys_app_application';
            id: '3a9e7b13f6e74565880afdee690d0174';
          };
          'module-properties': {
            table: 'sys_app_module';
            id: '36130436bbf643d6b6b38da418bfeb79';
          };
          'module-receipts': {
            table: 'sys_app_module';
            id: '14d40b47d5d54ac9bfc39bc63c802706';
          };
          'module-verifications': {
            table: 'sys_app_module';
            id: '3d206c23a61e4a009107646948eaf0c5';
          };
          package_json: {
            table: 'sys_module';
            id: 'ea42c5d8ca884beea7ca2739f1ac4b10';
          };
          'prop-api-key': {
            table: 'sys_properties';
            id: 'a4d8b0c7235e4d34b01e0bd99949ce42';
          };
          'prop-default-link': {
            table: 'sys_properties';
            id: '26844484dae748579d51955739e31047';
          };
          'prop-gate-categories': {
            table: 'sys_properties';
            id: 'bdac950d9b754a0bb2e7ccaead70af5c';
          };
          'prop-gate-condition-type': {
            table: 'sys_properties';
            id: 'ae11d20fbb94454fbcb5045e9b33a423';
          };
          'prop-gate-enabled': {
            table: 'sys_properties';
            id: '6564882f529d4e31ab0fb9f3dc31fb55';
          };
          'prop-gate-encoded-query': {
            table: 'sys_properties';
            id: '2c4a1b251da5434ea79f348e66301ab9';
          };
          'prop-gate-field-values': {
            table: 'sys_properties';
            id: '03a28e2a7aa54191a2294d559c628ab0';
          };
          'prop-gate-max-age': {
            table: 'sys_properties';
            id: '6ff264b03f1a4137bee3aa11c462ee62';
          };
          'prop-service-url': {
            table: 'sys_properties';
            id: '195f59cb559a472b9a9a7d1291c9a5a1';
          };
          'prop-task-tables': {
            table: 'sys_properties';
            id: '9548d33afe6e462bb747a8d89e4e3445';
          };
          'prop-timeout': {
            table: 'sys_properties';
            id: '0f5f60c6b1054b538a3fcbba256f1f49';
          };
          'prop-webhook-secret': {
            table: 'sys_properties';
            id: 'f8084780237e4a75a882a214e67820b6';
          };
          'rest-api': {
            table: 'sys_ws_definition';
            id: 'a790c02a6ae84914aa4ef8e71d885c5c';
          };
          'rest-prefill': {
            table: 'sys_ws_operation';
            id: 'de767c570b854ba8a1c4f1b1be8dac95';
          };
          'rest-verify': {
            table: 'sys_ws_operation';
            id: '240545975e954895a393b28f74f4c4a8';
          };
          'rest-webhook': {
            table: 'sys_ws_operation';
            id: '82eb7e801e6f4681800b76eacc8c2bca';
          };
          src_server_gate_decidePolicyGate_ts: {
            table: 'sys_module';
            id: 'c38d0cbce874401ca085541d45fcabec';
          };
          src_server_gate_GateCondition_ts: {
            table: 'sys_module';
            id: '2a083e9620b448d6bff9a18f7c3a4ee3';
          };
          src_server_gate_gateDecision_ts: {
            table: 'sys_module';
            id: 'e1128e384c7848bebf0cc7f418e1d85b';
            deleted: true;
          };
          src_server_gate_GateSettings_ts: {
            table: 'sys_module';
            id: '5f6f50068f7c46f29642cf38e48acee5';
          };
          src_server_gate_GateTaskView_ts: {
            table: 'sys_module';
            id: '6a2a44cee9bd4e1aa3dfe2e0bdc079b9';
          };
          src_server_gate_isClosingUpdate_ts: {
            table: 'sys_module';
            id: '4b76d7930c924644a99fc309f8143d75';
          };
          src_server_gate_policyGateRule_ts: {
            table: 'sys_module';
            id: 'a661158b801c4a6697bda3907c43a6a7';
          };
          src_server_gate_readGateCondition_ts: {
            table: 'sys_module';
            id: '5dec017bdb984c86987f0b2c056ea1b3';
          };
          src_server_gate_taskMatchesGate_ts: {
            table: 'sys_module';
            id: 'c81c7d2fb7284bd2965519928f7de1a1';
          };
          src_server_platform_certificateEncryptionHmac_ts: {
            table: 'sys_module';
            id: '5820bbe917b1400c857fa49b8d1b4f87';
          };
          src_server_platform_glideDateTimeText_ts: {
            table: 'sys_module';
            id: 'd5c9a2339aeb4c1195a5e9cdeb995a3e';
          };
          src_server_platform_glideGateTask_ts: {
            table: 'sys_module';
            id: '3aa2046e7bff47299d8cf832df6e7147';
          };
          src_server_platform_glideRecordOf_ts: {
            table: 'sys_module';
            id: 'adfd2ea7cc1f4c998fb45b1f5b0cb3dd';
          };
          src_server_platform_glideTaskNotes_ts: {
            table: 'sys_module';
            id: '5d5e64d6e2474b9ea279aadfb5b5b1fa';
          };
          src_server_platform_glideVerificationRecords_ts: {
            table: 'sys_module';
            id: 'c6895f38f8524ee68f4580b796c56993';
          };
          src_server_platform_glideWebhookReceipts_ts: {
            table: 'sys_module';
            id: 'bea8e69dabde4b14987d6c5a93c7078d';
          };
          src_server_platform_isoOfGlideDateTime_ts: {
            table: 'sys_module';
            id: '0e2bd2a464a0457b82e0ce6f29371766';
          };
          src_server_platform_loadTaskContext_ts: {
            table: 'sys_module';
            id: '609d4cc7dc154f20bdba8a75794dfe74';
          };
          src_server_platform_nowIso_ts: {
            table: 'sys_module';
            id: 'a03b6a36e273402b858d5bd7e9c6d09b';
          };
          src_server_platform_platformSettings_ts: {
            table: 'sys_module';
            id: 'd1c70672582e4de49c2984422276871b';
          };
          src_server_ports_ts: {
            table: 'sys_module';
            id: 'ca8ba8b66c9f4b82bbab0853f4df4c63';
          };
          src_server_routes_pendingMessageRule_ts: {
            table: 'sys_module';
            id: 'aea2bcdd98ca4bfab73f45ff5073f7c4';
          };
          src_server_routes_policyGateRule_ts: {
            table: 'sys_module';
            id: '8d1aa47e62b346ce8623798dcd87dde8';
            deleted: true;
          };
          src_server_routes_verifyRoutes_ts: {
            table: 'sys_module';
            id: '44a6d6289d294cbf9f521293f3daca1d';
          };
          src_server_routes_webhookRoute_ts: {
            table: 'sys_module';
            id: 'e19a9cc0b31a4250acbf9b26bfd732d3';
          };
          src_server_settings_AppSettings_ts: {
            table: 'sys_module';
            id: 'ecde9911dcc14b22b5f216ae4e8ff222';
          };
          src_server_settings_PROPERTY_NAMES_ts: {
            table: 'sys_module';
            id: 'fb9b453a7c1746f58c9d58d415d2422c';
          };
          src_server_settings_readSettings_ts: {
            table: 'sys_module';
            id: 'd25538b5482d48db96a8c0f9243236b4';
          };
          src_server_verify_CALLER_FIELDS_ts: {
            table: 'sys_module';
            id: '67d22106177740698926a22939b6ca91';
          };
          src_server_verify_createVerificationRequest_ts: {
            table: 'sys_module';
            id: 'ee6ecfb6d8b84ce0a6b24aad64fa0995';
          };
          src_server_verify_describeServiceError_ts: {
            table: 'sys_module';
            id: '1b52ef427b3643a185a1213f6c0eabd6';
            deleted: true;
          };
          src_server_verify_pendingMessage_ts: {
            table: 'sys_module';
            id: '8af273fb644b46eea9e01bab26dd4814';
          };
          src_server_verify_readChannels_ts: {
            table: 'sys_module';
            id: '0945129180e94fcabcf6f786cd3efe3c';
          };
          src_server_verify_readVerificationAnswer_ts: {
            table: 'sys_module';
            id: '53d56d0ececb4201a4b68ccc470e5957';
          };
          src_server_verify_restMessageTransport_ts: {
            table: 'sys_module';
            id: '9343784f7aa946b3baf94c7dbb089094';
          };
          src_server_verify_startVerification_ts: {
            table: 'sys_module';
            id: 'f2285dc4ac2d40b383122360ef493f2d';
          };
          src_server_verify_verificationSentNote_ts: {
            table: 'sys_module';
            id: '55dda66c82f64758a1d6f6a010b5e2b8';
          };
          src_server_webhook_applyTrustCheckEvent_ts: {
            table: 'sys_module';
            id: 'e333ab64966a47afb9238a0ab2895c46';
          };
          src_server_webhook_createWebhookHost_ts: {
            table: 'sys_module';
            id: 'c3b74d72e4ff4aca82f50dcf511b142e';
          };
          src_server_webhook_mapEventToRecord_ts: {
            table: 'sys_module';
            id: '5965910cd0e14d5dba74787128b838fe';
          };
          src_server_webhooks_handleWebhook_ts: {
            table: 'sys_module';
            id: '12831c40e37545d2b90998ade517ef7a';
            deleted: true;
          };
          src_server_webhooks_mapEventToRecord_ts: {
            table: 'sys_module';
            id: '4c4bbfc150f341f498c9397e079b2522';
            deleted: true;
          };
          'ui-action-verify-identity': {
            table: 'sys_ui_action';
            id: '78c9a9f0e4cb4e619fccff710f41506d';
          };
          'zod@4.6.7/index.js': {
            table: 'sys_module';
            id: '5e55a81bd95b4df2a3c991d228b86a51';
            deleted: true;
          };
          'zod@4.6.7/package.json': {
            table: 'sys_module';
            id: '2b140b589e6646918d46904da530c289';
            deleted: true;
          };
        };
        composite: [
          {
            table: 'sys_dictionary';
            id: '048e03e2689641ffa79abf2fed5613e1';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'risk_score';
            };
          },
          {
            table: 'sys_dictionary';
            id: '095d80d5b6b441a2a4e1359c5e18bbd7';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'channels';
            };
          },
          {
            table: 'sys_variable_value';
            id: '0adad38e68934920b488843dcb9b756b';
            key: {
              document_key: 'ee085b089e974deb87d8f987352beee2';
              variable: '42f2564b73031300440211d8faf6a777';
            };
          },
          {
            table: 'sys_documentation';
            id: '0d702ef843bc4e65b9bcb85a1d5a010d';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'channels';
              language: 'en';
            };
          },
          {
            table: 'sys_variable_value';
            id: '0fa490e111254588aaee046a9f843086';
            key: {
              document_key: '4592574c54204763b09b4ac41f2ff3a4';
              variable: '42f2564b73031300440211d8faf6a777';
            };
          },
          {
            table: 'sys_documentation';
            id: '1236c0f1a42a4ffbb97bc776cb8973be';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'match_code';
              language: 'en';
            };
          },
          {
            table: 'ua_table_licensing_config';
            id: '1324df5bd1294fb8a391e28ea1059faa';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '13af9f768b9f46f1886630010430dca7';
            key: {
              sys_security_acl: '87445cedc5524e3eb01d6b5e8e8f919d';
              sys_user_role: {
                id: 'c98de08f99cc48a8b2719fc17f317487';
                key: {
                  name: 'x_hdv_verify.admin';
                };
              };
            };
          },
          {
            table: 'sys_choice_set';
            id: '1a7bcfd774e54785ae77ab6496d05a11';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
            };
          },
          {
            table: 'sys_dictionary';
            id: '1ab1d60016184489b726e268a5b3add1';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'task_table';
            };
          },
          {
            table: 'sys_documentation';
            id: '1e7b1e0fc0fe4851ae4a7cc4060027ae';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'webhook_id';
              language: 'en';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '297580d8a1c64f93adcc233784472592';
            key: {
              sys_security_acl: 'c31dda6a3c0a44e19f84433ed7a0fa3d';
              sys_user_role: {
                id: 'c98de08f99cc48a8b2719fc17f317487';
                key: {
                  name: 'x_hdv_verify.admin';
                };
              };
            };
          },
          {
            table: 'sys_dictionary';
            id: '2de295690a214d5eb9c522f8a582f105';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'agent';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '310ebcea47974feeaf346767bf9275df';
            key: {
              sys_security_acl: '541baf007b1c477ebf1c349b435a06ab';
              sys_user_role: {
                id: 'edbb58f3cfc647bcb2a263622ccb59f0';
                key: {
                  name: 'x_hdv_verify.agent';
                };
              };
            };
          },
          {
            table: 'sys_documentation';
            id: '33a2b1511f5e47e8b60ffc1ea91f8511';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'employee';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: '340e8a5346cd4e8eaf55da7887e09b51';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'completed_at';
            };
          },
          {
            table: 'sys_choice';
            id: '35cd8895d2bb4834bc1032c7dd971b09';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
              value: 'pending';
              language: 'en';
              dependent_value: 'NULL';
            };
          },
          {
            table: 'sys_documentation';
            id: '36faf74b5dc348518a16e23379fbdf66';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'agent';
              language: 'en';
            };
          },
          {
            table: 'sys_choice';
            id: '37e9b3ce1f7d461ebf4f7a068f804d43';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
              value: 'opened';
              language: 'en';
              dependent_value: 'NULL';
            };
          },
          {
            table: 'sys_choice';
            id: '40d4aa0ee82d422da27cc16407e05179';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
              value: 'cancelled';
              language: 'en';
              dependent_value: 'NULL';
            };
          },
          {
            table: 'sys_documentation';
            id: '438cb64c5a574f1085feb8b9c447b302';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'received_at';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: '48b7d6dacd7949ff8051e879ac90046a';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'employee';
            };
          },
          {
            table: 'sys_choice';
            id: '518548763291446e8f0bb006efb503f5';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
              value: 'passed';
              language: 'en';
              dependent_value: 'NULL';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '5276627f787a44dab2a6a226baa4afe0';
            key: {
              sys_security_acl: 'cbe4ff73f324427287b590beeebb4edd';
              sys_user_role: {
                id: 'edbb58f3cfc647bcb2a263622ccb59f0';
                key: {
                  name: 'x_hdv_verify.agent';
                };
              };
            };
          },
          {
            table: 'sys_dictionary';
            id: '5405c8c4aa2b49c8a9a422205a12ab86';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'requested_at';
            };
          },
          {
            table: 'sys_dictionary';
            id: '5645635cc5f5406f8803b0e8fcc7f9cf';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'verification_id';
            };
          },
          {
            table: 'sys_dictionary';
            id: '564588a4767445d0b4d82f16bded6baf';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'link_id';
            };
          },
          {
            table: 'sys_documentation';
            id: '5706e4837cc94b429da237e9855ddfb4';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'risk_reasons';
              language: 'en';
            };
          },
          {
            table: 'sys_variable_value';
            id: '5e67693bdf664a76bf56876a5d1091be';
            key: {
              document_key: '4592574c54204763b09b4ac41f2ff3a4';
              variable: '989d9e235324220002c6435723dc3484';
            };
          },
          {
            table: 'sys_documentation';
            id: '5e69400354524af1811de6a8ae20c207';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'requested_at';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: '5ef6a224f9c343cfa31d5feebf529322';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'received_at';
            };
          },
          {
            table: 'sys_dictionary';
            id: '623dcf20fcb24774914ed794685a6c32';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'webhook_id';
            };
          },
          {
            table: 'sys_dictionary';
            id: '67b4e40705a04fb8b58f94dc57b9d4cc';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'event_type';
            };
          },
          {
            table: 'sys_documentation';
            id: '693d9bc66e194d5f941068a99efc9b2c';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'verification_id';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: '79dba973921e42bca5be7ee64a27bf34';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
            };
          },
          {
            table: 'sys_documentation';
            id: '803fa2a4468d4554846b39c027fadcfd';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'risk_score';
              language: 'en';
            };
          },
          {
            table: 'sys_documentation';
            id: '8234e2ba246542ca8bcbad5571cf3081';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'outcome_reason';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: '8285a677aa5549f79169738f59832e55';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'NULL';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: '85cb50474c594d0196e072db4212669c';
            key: {
              sys_security_acl: '14541f49da584e909d5716afe37e4e80';
              sys_user_role: {
                id: 'c98de08f99cc48a8b2719fc17f317487';
                key: {
                  name: 'x_hdv_verify.admin';
                };
              };
            };
          },
          {
            table: 'sys_db_object';
            id: '85f0115c92464743bc2d05b3a84bf29d';
            key: {
              name: 'x_hdv_verify_verification';
            };
          },
          {
            table: 'sys_dictionary';
            id: '8cf3cb78fb28426fa6781c4edc521b24';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'NULL';
            };
          },
          {
            table: 'sys_documentation';
            id: '8fbbc419b9314342a6d11be11cca7ca3';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'task_table';
              language: 'en';
            };
          },
          {
            table: 'sys_ui_action_role';
            id: '92da0132b916482bb8e7428e7a1f624b';
            key: {
              sys_ui_action: '78c9a9f0e4cb4e619fccff710f41506d';
              sys_user_role: {
                id: 'edbb58f3cfc647bcb2a263622ccb59f0';
                key: {
                  name: 'x_hdv_verify.agent';
                };
              };
            };
          },
          {
            table: 'sys_ui_page';
            id: '9fc006cfb8c94572bbb7c77a1746ac8b';
            key: {
              endpoint: 'x_hdv_verify_verify_dialog.do';
            };
          },
          {
            table: 'sys_documentation';
            id: 'a005e95059c941dda2ad09b0a7e9c981';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'verification_id';
              language: 'en';
            };
          },
          {
            table: 'sys_db_object';
            id: 'aafc55dd63674b8f8b101d72a50b434a';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
            };
          },
          {
            table: 'sys_documentation';
            id: 'ab96c413404f442a993272722e8c2fe8';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'task';
              language: 'en';
            };
          },
          {
            table: 'sys_documentation';
            id: 'abb056129b634b23a16146b69084124a';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
              language: 'en';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'ad80a52425d04c7f95926fd5c687df37';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'risk_reasons';
            };
          },
          {
            table: 'sys_documentation';
            id: 'b284161d8c1f4755b762d30548d5a354';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'assurance_reached';
              language: 'en';
            };
          },
          {
            table: 'sys_variable_value';
            id: 'b3100c4467c042d3ac5fb6a3dc441ec9';
            key: {
              document_key: 'ee085b089e974deb87d8f987352beee2';
              variable: '989d9e235324220002c6435723dc3484';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'b8006c3e05eb4b52a59cb4f58a08f48e';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'match_code';
            };
          },
          {
            table: 'sys_index';
            id: 'b9a44c854f9a4001a8ecc7fb2eaee157';
            key: {
              logical_table_name: 'x_hdv_verify_verification';
              col_name_string: 'task';
            };
          },
          {
            table: 'sys_documentation';
            id: 'b9c9d06ecd94469d91cee50217390626';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'event_type';
              language: 'en';
            };
          },
          {
            table: 'sys_documentation';
            id: 'baaf26dd73224a7785cd2ac64bbaa1f1';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'NULL';
              language: 'en';
            };
          },
          {
            table: 'sys_user_role_contains';
            id: 'c5673eeb659c4586aa15a62beae1c4b2';
            key: {
              role: {
                id: 'c98de08f99cc48a8b2719fc17f317487';
                key: {
                  name: 'x_hdv_verify.admin';
                };
              };
              contains: {
                id: 'edbb58f3cfc647bcb2a263622ccb59f0';
                key: {
                  name: 'x_hdv_verify.agent';
                };
              };
            };
          },
          {
            table: 'sys_documentation';
            id: 'c891eb7872e1428bbf4b93077ee61c6f';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'completed_at';
              language: 'en';
            };
          },
          {
            table: 'sys_user_role';
            id: 'c98de08f99cc48a8b2719fc17f317487';
            key: {
              name: 'x_hdv_verify.admin';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'ce5bc6cc857948908e417cba9f298044';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'assurance_reached';
            };
          },
          {
            table: 'sys_documentation';
            id: 'cfe86cf1dddd4b849a3f38480ad10fcd';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'link_id';
              language: 'en';
            };
          },
          {
            table: 'sys_choice';
            id: 'd26922d5b9214da186b76ea62b122f90';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
              value: 'expired';
              language: 'en';
              dependent_value: 'NULL';
            };
          },
          {
            table: 'sys_documentation';
            id: 'd30c5a1f34f64d45acca492ef314ca2b';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'NULL';
              language: 'en';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: 'd7081364e1a24da396bf81d198c2313c';
            key: {
              sys_security_acl: '79b93c1e16134ff4974177746f1d6637';
              sys_user_role: {
                id: 'c98de08f99cc48a8b2719fc17f317487';
                key: {
                  name: 'x_hdv_verify.admin';
                };
              };
            };
          },
          {
            table: 'sys_dictionary';
            id: 'd75b082ea7214fb3aba44589aee1ce6a';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'outcome_reason';
            };
          },
          {
            table: 'sys_index';
            id: 'dbc1875e1161444fbe429657f456c70e';
            key: {
              logical_table_name: 'x_hdv_verify_webhook_receipt';
              col_name_string: 'webhook_id';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'df4c36344b5b4375a10411dae6fd71bc';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'task';
            };
          },
          {
            table: 'sys_index';
            id: 'eb12ad0b1ec0464782ee8069594222e1';
            key: {
              logical_table_name: 'x_hdv_verify_verification';
              col_name_string: 'verification_id';
            };
          },
          {
            table: 'sys_choice';
            id: 'ed03b36f465f4c40824d2bd7ffc50ff3';
            key: {
              name: 'x_hdv_verify_verification';
              element: 'status';
              value: 'failed';
              language: 'en';
              dependent_value: 'NULL';
            };
          },
          {
            table: 'sys_user_role';
            id: 'edbb58f3cfc647bcb2a263622ccb59f0';
            key: {
              name: 'x_hdv_verify.agent';
            };
          },
          {
            table: 'sys_security_acl_role';
            id: 'f560d80e422b4cf6a0cacf403360531c';
            key: {
              sys_security_acl: '557c8ae3bf50488da62e878771df0a49';
              sys_user_role: {
                id: 'c98de08f99cc48a8b2719fc17f317487';
                key: {
                  name: 'x_hdv_verify.admin';
                };
              };
            };
          },
          {
            table: 'ua_table_licensing_config';
            id: 'fac0d2ecbf3446639766de8b2b8b2a52';
            key: {
              name: 'x_hdv_verify_verification';
            };
          },
          {
            table: 'sys_dictionary';
            id: 'fb1a65d67227476e81e53013393560ef';
            key: {
              name: 'x_hdv_verify_webhook_receipt';
              element: 'verification_id';
            };
          },
        ];
      }
    }
  }
}
