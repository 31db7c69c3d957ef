(function (outputs, steps, params, stepResult, assertEqual) {
  // With the gate on, an incident in a gated category cannot be resolved without a passed verification.
  gs.setProperty('x_hdv_verify.gate_enabled', 'true');
  gs.setProperty('x_hdv_verify.gate_categories', 'password_reset');
  var inc = new GlideRecord('incident');
  inc.initialize();
  inc.setValue('short_description', 'ATF: Helpdesk Verify policy gate');
  inc.setValue('category', 'password_reset');
  var id = inc.insert();
  inc.get(id);
  inc.setValue('state', '6');
  inc.setValue('close_code', 'Solved (Permanently)');
  inc.setValue('close_notes', 'ATF');
  inc.update();
  var again = new GlideRecord('incident');
  again.get(id);
  assertEqual({ name: 'the incident is not resolved', shouldbe: true, value: again.getValue('state') !== '6' });
  return true;
})(outputs, steps, params, stepResult, assertEqual);
