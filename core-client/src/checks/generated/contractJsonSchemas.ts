/* Generated from core-client's zod schemas by src/checks/contractJsonSchemas.test.ts (HV_UPDATE_SCHEMAS=1); do not edit. */
import type { JsonSchema } from '../checkJsonSchema';

export const TRUST_CHECK_EVENT_JSON_SCHEMA: JsonSchema = {
  "type": "object",
  "properties": {
    "event_type": {
      "type": "string",
      "enum": [
        "trust_check.completed",
        "trust_check.failed",
        "trust_check.expired",
        "trust_check.alert",
        "trust_check.cancelled"
      ]
    },
    "link_id": {
      "type": "string",
      "pattern": "^lnk_[0-9A-Za-z]{10,40}$",
      "description": "Opaque id with the \"lnk_\" prefix"
    },
    "session_id": {
      "type": "string",
      "pattern": "^ver_[0-9A-Za-z]{10,40}$",
      "description": "The verification id"
    },
    "timestamp": {
      "type": "string",
      "format": "date-time",
      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
      "description": "ISO 8601 UTC timestamp"
    },
    "status": {
      "type": "string",
      "enum": [
        "pending",
        "opened",
        "passed",
        "failed",
        "expired",
        "cancelled"
      ]
    },
    "identity": {
      "type": "object",
      "properties": {
        "employee_id": {
          "type": "string"
        },
        "name": {
          "type": "string"
        },
        "email": {
          "type": "string"
        },
        "proofs_completed": {
          "type": "array",
          "items": {
            "type": "string",
            "enum": [
              "email_possession",
              "phone_code",
              "device_passkey",
              "face_match",
              "location",
              "employment"
            ]
          }
        }
      },
      "required": [
        "employee_id",
        "name",
        "email",
        "proofs_completed"
      ]
    },
    "proofs": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "email_possession",
              "phone_code",
              "device_passkey",
              "face_match",
              "location",
              "employment"
            ]
          },
          "required": {
            "type": "boolean"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "passed",
              "failed",
              "skipped"
            ]
          },
          "assurance": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "low",
                  "medium",
                  "high"
                ]
              },
              {
                "type": "null"
              }
            ],
            "description": "What the proof established once passed"
          },
          "attempts": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "completed_at": {
            "anyOf": [
              {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
                "description": "ISO 8601 UTC timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "detail": {
            "description": "Why it passed or failed, for the agent",
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "type",
          "required",
          "status",
          "assurance",
          "attempts",
          "completed_at",
          "detail"
        ]
      }
    },
    "assurance_required": {
      "type": "string",
      "enum": [
        "low",
        "medium",
        "high"
      ]
    },
    "assurance_reached": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "low",
            "medium",
            "high"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "device": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "user_agent": {
              "type": [
                "string",
                "null"
              ]
            },
            "attestation": {
              "description": "What the passkey attestation established, when a passkey was used",
              "type": [
                "string",
                "null"
              ]
            },
            "aaguid": {
              "default": null,
              "type": [
                "string",
                "null"
              ]
            },
            "new_device": {
              "default": null,
              "description": "First time this employee used this passkey/device",
              "type": [
                "boolean",
                "null"
              ]
            },
            "same_device_as_link": {
              "description": "The link was opened and completed on the same browser",
              "type": [
                "boolean",
                "null"
              ]
            }
          },
          "required": [
            "user_agent",
            "attestation",
            "same_device_as_link"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "location": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "region": {
              "type": [
                "string",
                "null"
              ]
            },
            "country": {
              "description": "ISO 3166-1 alpha-2",
              "type": [
                "string",
                "null"
              ]
            },
            "source": {
              "default": null,
              "anyOf": [
                {
                  "type": "string",
                  "enum": [
                    "browser",
                    "ip"
                  ]
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "required": [
            "region",
            "country"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "risk": {
      "type": "object",
      "properties": {
        "score": {
          "type": "integer",
          "minimum": 0,
          "maximum": 100
        },
        "reasons": {
          "type": "array",
          "items": {
            "type": "object",
            "properties": {
              "code": {
                "type": "string"
              },
              "message": {
                "type": "string"
              },
              "weight": {
                "type": "integer",
                "minimum": -9007199254740991,
                "maximum": 9007199254740991
              }
            },
            "required": [
              "code",
              "message",
              "weight"
            ]
          }
        }
      },
      "required": [
        "score",
        "reasons"
      ]
    },
    "alert": {
      "default": null,
      "description": "Set on trust_check.alert: what the employee reported",
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "code": {
              "type": "string"
            },
            "message": {
              "type": "string"
            }
          },
          "required": [
            "code",
            "message"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "ticket": {
      "type": "object",
      "properties": {
        "system": {
          "type": "string",
          "enum": [
            "servicenow",
            "zendesk",
            "jira",
            "console",
            "api"
          ]
        },
        "id": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        },
        "url": {
          "default": null,
          "anyOf": [
            {
              "type": "string",
              "maxLength": 2000,
              "pattern": "^https?:\\/\\/[^\\s/?#@]+(?:[/?#][^\\s]*)?$"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "system",
        "id"
      ]
    },
    "agent": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        },
        "email": {
          "default": null,
          "anyOf": [
            {
              "type": "string",
              "maxLength": 254,
              "format": "email",
              "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
            },
            {
              "type": "null"
            }
          ]
        },
        "id": {
          "default": null,
          "description": "Agent id in the ticketing system",
          "anyOf": [
            {
              "type": "string",
              "maxLength": 200
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "name"
      ]
    },
    "contacts": {
      "type": "object",
      "properties": {
        "email": {
          "type": "string",
          "enum": [
            "work",
            "personal"
          ]
        },
        "sms": {
          "type": "string",
          "enum": [
            "work",
            "personal"
          ]
        }
      },
      "required": [
        "email",
        "sms"
      ]
    },
    "deliveries": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "channel": {
            "type": "string",
            "enum": [
              "email",
              "sms"
            ]
          },
          "contact": {
            "type": "string",
            "enum": [
              "work",
              "personal"
            ]
          },
          "destination": {
            "type": "string",
            "description": "Masked, e.g. a•••@example.com or •••• 0100"
          },
          "status": {
            "type": "string",
            "enum": [
              "queued",
              "sent",
              "failed"
            ]
          },
          "error": {
            "description": "The last failure (also while queued for a retry)",
            "type": [
              "string",
              "null"
            ]
          },
          "sent_at": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
            "description": "When it was sent; while queued or once failed, when it was queued or last tried"
          },
          "next_attempt_at": {
            "description": "While queued: when the next try is",
            "anyOf": [
              {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
                "description": "ISO 8601 UTC timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "attempts": {
            "description": "Every try, oldest first",
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "attempted_at": {
                  "type": "string",
                  "format": "date-time",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
                  "description": "ISO 8601 UTC timestamp"
                },
                "error": {
                  "description": "Why the provider did not take it; null when it did",
                  "type": [
                    "string",
                    "null"
                  ]
                }
              },
              "required": [
                "attempted_at",
                "error"
              ]
            }
          }
        },
        "required": [
          "channel",
          "contact",
          "destination",
          "status",
          "error",
          "sent_at"
        ]
      },
      "description": "The messages that carried the link (destinations masked)"
    },
    "match_code": {
      "type": "string"
    },
    "reason": {
      "type": "string",
      "description": "Why the help desk asked"
    },
    "outcome_reason": {
      "type": [
        "string",
        "null"
      ]
    },
    "metadata": {
      "type": "object",
      "propertyNames": {
        "type": "string",
        "minLength": 1,
        "maxLength": 64
      },
      "additionalProperties": {
        "type": "string",
        "maxLength": 500
      },
      "description": "Up to 50 string key/value pairs"
    },
    "cancelled_by": {
      "description": "Set on trust_check.cancelled: who cancelled (an API key by its name, a console user by email)",
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "type": {
              "type": "string",
              "enum": [
                "api_key",
                "user",
                "employee",
                "system"
              ]
            },
            "id": {
              "description": "key_…, usr_…, emp_… or null for the service",
              "type": [
                "string",
                "null"
              ]
            },
            "label": {
              "type": "string",
              "description": "The key's name, the user's email, 'employee' or 'system'"
            }
          },
          "required": [
            "type",
            "id",
            "label"
          ]
        },
        {
          "type": "null"
        }
      ]
    }
  },
  "required": [
    "event_type",
    "link_id",
    "session_id",
    "timestamp",
    "status",
    "identity",
    "proofs",
    "assurance_required",
    "assurance_reached",
    "device",
    "location",
    "risk",
    "ticket",
    "agent",
    "contacts",
    "deliveries",
    "match_code",
    "reason",
    "outcome_reason",
    "metadata"
  ]
};

export const VERIFICATION_JSON_SCHEMA: JsonSchema = {
  "type": "object",
  "properties": {
    "id": {
      "type": "string",
      "pattern": "^ver_[0-9A-Za-z]{10,40}$",
      "description": "Opaque id with the \"ver_\" prefix"
    },
    "link_id": {
      "type": "string",
      "pattern": "^lnk_[0-9A-Za-z]{10,40}$",
      "description": "Opaque id with the \"lnk_\" prefix"
    },
    "status": {
      "type": "string",
      "enum": [
        "pending",
        "opened",
        "passed",
        "failed",
        "expired",
        "cancelled"
      ]
    },
    "employee": {
      "type": "object",
      "properties": {
        "id": {
          "type": "string",
          "pattern": "^emp_[0-9A-Za-z]{10,40}$",
          "description": "Opaque id with the \"emp_\" prefix"
        },
        "display_name": {
          "type": "string"
        },
        "email": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "display_name",
        "email"
      ]
    },
    "agent": {
      "type": "object",
      "properties": {
        "name": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        },
        "email": {
          "default": null,
          "anyOf": [
            {
              "type": "string",
              "maxLength": 254,
              "format": "email",
              "pattern": "^(?:[A-Za-z0-9_'+\\-]+\\.)*[A-Za-z0-9_'+\\-]*[A-Za-z0-9_+-]@(?:[A-Za-z0-9][A-Za-z0-9\\-]*\\.)+[A-Za-z]{2,}$"
            },
            {
              "type": "null"
            }
          ]
        },
        "id": {
          "default": null,
          "description": "Agent id in the ticketing system",
          "anyOf": [
            {
              "type": "string",
              "maxLength": 200
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "name"
      ]
    },
    "ticket": {
      "type": "object",
      "properties": {
        "system": {
          "type": "string",
          "enum": [
            "servicenow",
            "zendesk",
            "jira",
            "console",
            "api"
          ]
        },
        "id": {
          "type": "string",
          "minLength": 1,
          "maxLength": 200
        },
        "url": {
          "default": null,
          "anyOf": [
            {
              "type": "string",
              "maxLength": 2000,
              "pattern": "^https?:\\/\\/[^\\s/?#@]+(?:[/?#][^\\s]*)?$"
            },
            {
              "type": "null"
            }
          ]
        }
      },
      "required": [
        "system",
        "id"
      ]
    },
    "reason": {
      "type": "string"
    },
    "metadata": {
      "type": "object",
      "propertyNames": {
        "type": "string"
      },
      "additionalProperties": {
        "type": "string"
      }
    },
    "match_code": {
      "type": "string",
      "description": "Short code shown on the page and the ticket so both sides know they share one verification"
    },
    "deliveries": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "channel": {
            "type": "string",
            "enum": [
              "email",
              "sms"
            ]
          },
          "contact": {
            "type": "string",
            "enum": [
              "work",
              "personal"
            ]
          },
          "destination": {
            "type": "string",
            "description": "Masked, e.g. a•••@example.com or •••• 0100"
          },
          "status": {
            "type": "string",
            "enum": [
              "queued",
              "sent",
              "failed"
            ]
          },
          "error": {
            "description": "The last failure (also while queued for a retry)",
            "type": [
              "string",
              "null"
            ]
          },
          "sent_at": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
            "description": "When it was sent; while queued or once failed, when it was queued or last tried"
          },
          "next_attempt_at": {
            "description": "While queued: when the next try is",
            "anyOf": [
              {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
                "description": "ISO 8601 UTC timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "attempts": {
            "description": "Every try, oldest first",
            "type": "array",
            "items": {
              "type": "object",
              "properties": {
                "attempted_at": {
                  "type": "string",
                  "format": "date-time",
                  "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
                  "description": "ISO 8601 UTC timestamp"
                },
                "error": {
                  "description": "Why the provider did not take it; null when it did",
                  "type": [
                    "string",
                    "null"
                  ]
                }
              },
              "required": [
                "attempted_at",
                "error"
              ]
            }
          }
        },
        "required": [
          "channel",
          "contact",
          "destination",
          "status",
          "error",
          "sent_at"
        ]
      }
    },
    "proofs": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "type": {
            "type": "string",
            "enum": [
              "email_possession",
              "phone_code",
              "device_passkey",
              "face_match",
              "location",
              "employment"
            ]
          },
          "required": {
            "type": "boolean"
          },
          "status": {
            "type": "string",
            "enum": [
              "pending",
              "passed",
              "failed",
              "skipped"
            ]
          },
          "assurance": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "low",
                  "medium",
                  "high"
                ]
              },
              {
                "type": "null"
              }
            ],
            "description": "What the proof established once passed"
          },
          "attempts": {
            "type": "integer",
            "minimum": 0,
            "maximum": 9007199254740991
          },
          "completed_at": {
            "anyOf": [
              {
                "type": "string",
                "format": "date-time",
                "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
                "description": "ISO 8601 UTC timestamp"
              },
              {
                "type": "null"
              }
            ]
          },
          "detail": {
            "description": "Why it passed or failed, for the agent",
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "type",
          "required",
          "status",
          "assurance",
          "attempts",
          "completed_at",
          "detail"
        ]
      }
    },
    "assurance_required": {
      "type": "string",
      "enum": [
        "low",
        "medium",
        "high"
      ]
    },
    "assurance_reached": {
      "anyOf": [
        {
          "type": "string",
          "enum": [
            "low",
            "medium",
            "high"
          ]
        },
        {
          "type": "null"
        }
      ],
      "description": "What the proof established once passed"
    },
    "risk": {
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "score": {
              "type": "integer",
              "minimum": 0,
              "maximum": 100
            },
            "reasons": {
              "type": "array",
              "items": {
                "type": "object",
                "properties": {
                  "code": {
                    "type": "string"
                  },
                  "message": {
                    "type": "string"
                  },
                  "weight": {
                    "type": "integer",
                    "minimum": -9007199254740991,
                    "maximum": 9007199254740991
                  }
                },
                "required": [
                  "code",
                  "message",
                  "weight"
                ]
              }
            }
          },
          "required": [
            "score",
            "reasons"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "device": {
      "default": null,
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "user_agent": {
              "type": [
                "string",
                "null"
              ]
            },
            "attestation": {
              "description": "What the passkey attestation established, when a passkey was used",
              "type": [
                "string",
                "null"
              ]
            },
            "aaguid": {
              "default": null,
              "type": [
                "string",
                "null"
              ]
            },
            "new_device": {
              "default": null,
              "description": "First time this employee used this passkey/device",
              "type": [
                "boolean",
                "null"
              ]
            },
            "same_device_as_link": {
              "description": "The link was opened and completed on the same browser",
              "type": [
                "boolean",
                "null"
              ]
            }
          },
          "required": [
            "user_agent",
            "attestation",
            "same_device_as_link"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "location": {
      "default": null,
      "anyOf": [
        {
          "type": "object",
          "properties": {
            "region": {
              "type": [
                "string",
                "null"
              ]
            },
            "country": {
              "description": "ISO 3166-1 alpha-2",
              "type": [
                "string",
                "null"
              ]
            },
            "source": {
              "default": null,
              "anyOf": [
                {
                  "type": "string",
                  "enum": [
                    "browser",
                    "ip"
                  ]
                },
                {
                  "type": "null"
                }
              ]
            }
          },
          "required": [
            "region",
            "country"
          ]
        },
        {
          "type": "null"
        }
      ]
    },
    "outcome_reason": {
      "description": "Why it failed, expired or was cancelled",
      "type": [
        "string",
        "null"
      ]
    },
    "timeline": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "status": {
            "anyOf": [
              {
                "type": "string",
                "enum": [
                  "pending",
                  "opened",
                  "passed",
                  "failed",
                  "expired",
                  "cancelled"
                ]
              },
              {
                "type": "string",
                "enum": [
                  "resent",
                  "proof_passed",
                  "proof_failed",
                  "reported"
                ]
              }
            ]
          },
          "at": {
            "type": "string",
            "format": "date-time",
            "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
            "description": "ISO 8601 UTC timestamp"
          },
          "detail": {
            "type": [
              "string",
              "null"
            ]
          }
        },
        "required": [
          "status",
          "at",
          "detail"
        ]
      }
    },
    "expires_at": {
      "type": "string",
      "format": "date-time",
      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
      "description": "ISO 8601 UTC timestamp"
    },
    "created_at": {
      "type": "string",
      "format": "date-time",
      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
      "description": "ISO 8601 UTC timestamp"
    },
    "updated_at": {
      "type": "string",
      "format": "date-time",
      "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
      "description": "ISO 8601 UTC timestamp"
    },
    "completed_at": {
      "anyOf": [
        {
          "type": "string",
          "format": "date-time",
          "pattern": "^(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))T(?:(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z))$",
          "description": "ISO 8601 UTC timestamp"
        },
        {
          "type": "null"
        }
      ]
    }
  },
  "required": [
    "id",
    "link_id",
    "status",
    "employee",
    "agent",
    "ticket",
    "reason",
    "metadata",
    "match_code",
    "deliveries",
    "proofs",
    "assurance_required",
    "assurance_reached",
    "risk",
    "outcome_reason",
    "timeline",
    "expires_at",
    "created_at",
    "updated_at",
    "completed_at"
  ]
};

export const PROBLEM_JSON_SCHEMA: JsonSchema = {
  "type": "object",
  "properties": {
    "type": {
      "type": "string"
    },
    "title": {
      "type": "string"
    },
    "status": {
      "type": "integer",
      "minimum": 400,
      "maximum": 599
    },
    "detail": {
      "type": "string"
    },
    "instance": {
      "type": "string"
    },
    "errors": {
      "type": "array",
      "items": {
        "type": "object",
        "properties": {
          "path": {
            "type": "array",
            "items": {
              "type": [
                "string",
                "number"
              ]
            }
          },
          "message": {
            "type": "string"
          }
        },
        "required": [
          "path",
          "message"
        ]
      }
    },
    "request_id": {
      "type": "string"
    }
  },
  "required": [
    "type",
    "title",
    "status",
    "detail"
  ]
};
