// The workflow builder end to end: build trigger → condition → two transforms by drag and drop, run it, watch the branch statuses, read a node's output.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { createOrganisation, signUp, uniqueSuffix } from './helpers';

const node = (page: Page, id: string) => page.getByTestId(`wf-node-${id}`);
const handle = (page: Page, id: string, port: string) => node(page, id).locator(`.react-flow__handle[data-handleid="${port}"]`);

/** Drags a palette entry onto the canvas at an offset from its top-left corner (HTML5 drag and drop). */
async function dropNode(page: Page, type: string, x: number, y: number) {
  await page.getByTestId(`palette-${type}`).dragTo(page.getByTestId('wf-canvas'), { targetPosition: { x, y } });
}

async function centre(locator: Locator) {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element is not visible');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Connects an output handle to an input handle with the mouse, as a user drags a wire. */
async function connect(page: Page, from: [string, string], to: [string, string]) {
  const a = await centre(handle(page, ...from));
  const b = await centre(handle(page, ...to));
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
  await page.mouse.move(b.x, b.y, { steps: 5 });
  await page.mouse.up();
}

/** Selects a node by its header (its centre may be a port) and fills a config field in the side panel. */
async function configure(page: Page, id: string, field: string, value: string) {
  await node(page, id).click({ position: { x: 12, y: 10 } });
  const panel = page.getByTestId('node-panel');
  await expect(panel).toHaveAttribute('data-node-id', id);
  await panel.getByTestId(`config-${field}`).fill(value);
}

/** A new user with a new organisation, in the builder of a new workflow (which starts with a manual trigger). */
async function newUserWithWorkflow(page: Page, user: string, prefix: string, workflow: string) {
  const suffix = uniqueSuffix();
  await signUp(page, { name: user, email: `${prefix}-${suffix}@example.com` });
  await createOrganisation(page, `${workflow} Org ${suffix}`, `${prefix}-${suffix}`);
  await expect(page).toHaveURL(/\/console\//);
  await page.goto('/console/workflows');
  await page.getByLabel('Name', { exact: true }).fill(`${workflow} ${suffix}`);
  await page.getByTestId('create-workflow-submit').click();
  await expect(node(page, 'trigger')).toBeVisible();
}

test('a workflow with a branch is built on the canvas, run, and inspected', async ({ page }) => {
  test.setTimeout(180_000);
  const suffix = uniqueSuffix();

  await test.step('sign up, create an organisation and a workflow', async () => {
    await signUp(page, { name: 'Wendy Workflow', email: `wf-${suffix}@example.com` });
    await createOrganisation(page, `Workflow Org ${suffix}`, `wf-${suffix}`);
    await expect(page).toHaveURL(/\/console\//);
    await page.getByTestId('console-nav-workflows').click();
    await expect(page).toHaveURL(/\/console\/workflows$/);
    await page.getByLabel('Name', { exact: true }).fill(`Order router ${suffix}`);
    await page.getByTestId('create-workflow-submit').click();
    await expect(page).toHaveURL(/\/console\/workflows\/[^/]+$/);
    await expect(page.getByTestId('workflow-name')).toHaveText(`Order router ${suffix}`);
  });

  await test.step('drag a trigger, a condition and two transforms onto the canvas', async () => {
    // A new workflow starts with a manual trigger; replace it with one from the palette so the layout is ours.
    await node(page, 'trigger').click({ position: { x: 12, y: 10 } });
    await page.getByTestId('node-panel').getByTestId('node-delete').click();
    await expect(node(page, 'trigger')).toHaveCount(0);
    await dropNode(page, 'manual', 10, 150);
    await expect(node(page, 'manual_1')).toBeVisible();
    await dropNode(page, 'condition', 200, 150);
    await dropNode(page, 'transform', 420, 40);
    await dropNode(page, 'transform', 420, 300);
    for (const id of ['condition_1', 'transform_1', 'transform_2']) await expect(node(page, id)).toBeVisible();
  });

  await test.step('undo removes the last edit and redo brings it back', async () => {
    await dropNode(page, 'wait', 200, 380);
    await expect(node(page, 'wait_1')).toBeVisible();
    await page.getByTestId('wf-undo').click();
    await expect(node(page, 'wait_1')).toHaveCount(0);
    await page.getByTestId('wf-redo').click();
    await expect(node(page, 'wait_1')).toBeVisible();
    await page.getByTestId('wf-undo').click();
    await expect(node(page, 'wait_1')).toHaveCount(0);
  });

  await test.step('connect the ports: trigger → condition, true → transform_1, false → transform_2', async () => {
    await connect(page, ['manual_1', 'out'], ['condition_1', 'in']);
    await connect(page, ['condition_1', 'true'], ['transform_1', 'in']);
    await connect(page, ['condition_1', 'false'], ['transform_2', 'in']);
    await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  });

  await test.step('an object output cannot feed a list input: the edge is refused with the reason', async () => {
    await dropNode(page, 'map', 200, 380);
    await connect(page, ['manual_1', 'out'], ['map_1', 'in']);
    await expect(page.getByTestId('wf-connect-refused')).toContainText('Type mismatch');
    await expect(page.locator('.react-flow__edge')).toHaveCount(3);
    await page.keyboard.press('ControlOrMeta+z');
    await expect(node(page, 'map_1')).toHaveCount(0);
  });

  await test.step('set the condition and the transforms; the draft saves and compiles', async () => {
    // An empty required expression is a compile problem shown on the node.
    await expect(node(page, 'condition_1').getByTestId('wf-node-problems')).toBeVisible();
    await configure(page, 'condition_1', 'expression', 'amount > 100');
    await configure(page, 'transform_1', 'expression', '{"branch": "big", "doubled": amount * 2}');
    await configure(page, 'transform_2', 'expression', '{"branch": "small"}');
    await expect(page.getByTestId('wf-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
    await expect(page.locator('[data-testid^="wf-node-"][data-invalid]')).toHaveCount(0);
  });

  await test.step('run with an input and watch the taken branch succeed and the other skip', async () => {
    await page.getByTestId('wf-tab-run').click();
    await page.getByTestId('run-input').fill('{"amount": ');
    await page.getByTestId('run-submit').click();
    await expect(page.getByTestId('run-error')).toContainText('not valid JSON');
    await page.getByTestId('run-input').fill('{"amount": 150}');
    await page.getByTestId('run-submit').click();
    await expect(node(page, 'transform_1')).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: 30_000 });
    await expect(node(page, 'transform_2')).toHaveAttribute('data-status', 'SKIPPED');
    await expect(node(page, 'condition_1')).toHaveAttribute('data-status', 'SUCCEEDED');
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'SUCCEEDED');
    await expect(page.getByTestId('run-history-item')).toHaveCount(1);
    // The timeline lists each node that ran with its time.
    const row = (id: string) => page.locator(`[data-testid="timeline-row"][data-node-id="${id}"]`);
    await expect(row('condition_1')).toHaveAttribute('data-status', 'SUCCEEDED');
    await expect(row('transform_1')).toContainText(/\d+(\.\d+)? m?s/);
  });

  await test.step('clicking a node shows its input and output in that run', async () => {
    await node(page, 'transform_1').click({ position: { x: 12, y: 10 } });
    await expect(page.getByTestId('node-run-status')).toHaveText('SUCCEEDED');
    await expect(page.getByTestId('node-run-output')).toContainText('"doubled": 300');
    await expect(page.getByTestId('node-run-input')).toContainText('"amount": 150');
    await expect(page.getByTestId('node-run-port')).toHaveText('out');
    await expect(page.getByTestId('node-run-duration')).toHaveText(/^\d+(\.\d+)? m?s$/);
  });

  await test.step('save a version, change the draft, and see the change in the diff and on the canvas', async () => {
    await page.getByTestId('wf-tab-versions').click();
    await page.getByTestId('version-note').fill('first routing');
    await page.getByTestId('version-save').click();
    await expect(page.getByTestId('version-row')).toHaveCount(1);
    await expect(page.getByTestId('version-row')).toContainText('first routing');
    await configure(page, 'transform_2', 'expression', '{"branch": "tiny"}');
    await page.getByTestId('wf-tab-versions').click();
    await page.getByTestId('version-diff-draft').click();
    await expect(page.getByTestId('diff-changed')).toHaveAttribute('data-node-id', 'transform_2');
    await expect(page.getByTestId('diff-changed')).toContainText('tiny');
    await expect(node(page, 'transform_2')).toHaveAttribute('data-diff', 'changed');
    await expect(node(page, 'transform_1')).not.toHaveAttribute('data-diff', /.+/);
  });

  await test.step('run the saved version down the other branch, then look back at the first run', async () => {
    await page.getByTestId('version-run').click();
    await expect(page.getByTestId('run-version')).toHaveValue('1');
    await page.getByTestId('run-input').fill('{"amount": 5}');
    await page.getByTestId('run-submit').click();
    await expect(node(page, 'transform_2')).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: 30_000 });
    await expect(node(page, 'transform_1')).toHaveAttribute('data-status', 'SKIPPED');
    await expect(page.getByTestId('run-history-item')).toHaveCount(2);
    // The version ran, not the edited draft.
    await node(page, 'transform_2').click({ position: { x: 12, y: 10 } });
    await expect(page.getByTestId('node-run-output')).toContainText('"branch": "small"');

    await page.getByTestId('wf-tab-run').click();
    await page.getByTestId('run-history-item').last().click();
    await expect(node(page, 'transform_1')).toHaveAttribute('data-status', 'SUCCEEDED');
    await expect(node(page, 'transform_2')).toHaveAttribute('data-status', 'SKIPPED');
    // Its input can be taken over into the run form.
    await expect(page.getByTestId('run-input-shown')).toContainText('"amount": 150');
    await page.getByTestId('run-reuse-input').click();
    await expect(page.getByTestId('run-input')).toHaveValue(/"amount": 150/);
  });

  await test.step('restoring the version brings its settings back into the draft', async () => {
    await page.getByTestId('wf-tab-versions').click();
    await page.getByTestId('version-restore').click();
    await expect(page.getByTestId('versions-message')).toContainText('restored');
    await node(page, 'transform_2').click({ position: { x: 12, y: 10 } });
    await expect(page.getByTestId('node-panel').getByTestId('config-expression')).toHaveValue('{"branch": "small"}');
  });

  await test.step('the runs page lists both runs, filters them, and opens one on its canvas', async () => {
    await page.goto('/console/workflows');
    await page.getByTestId('workflows-runs-link').click();
    await expect(page).toHaveURL(/\/console\/workflows\/runs$/);
    const rows = page.getByTestId('execution-row');
    await expect(rows).toHaveCount(2);
    await expect(rows.first()).toContainText(`Order router ${suffix}`);
    await expect(rows.first()).toContainText('v1');
    await expect(rows.last()).toContainText('draft');
    await page.getByTestId('executions-status').selectOption('FAILED');
    await page.getByTestId('executions-apply').click();
    await expect(page).toHaveURL(/status=FAILED/);
    await expect(page.getByTestId('executions-empty')).toContainText('No runs match');
    await page.getByTestId('executions-status').selectOption('SUCCEEDED');
    await page.getByTestId('executions-apply').click();
    await expect(rows).toHaveCount(2);
    // The newest run (version 1, amount 5) opens in the builder with its statuses on the canvas.
    await rows.first().getByTestId('execution-open').click();
    await expect(page).toHaveURL(/\/console\/workflows\/[^/?]+\?run=/);
    await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'SUCCEEDED');
    await expect(node(page, 'transform_2')).toHaveAttribute('data-status', 'SUCCEEDED');
    await expect(node(page, 'transform_1')).toHaveAttribute('data-status', 'SKIPPED');
  });

  await test.step('copy, paste, undo and duplicate a node, then tidy the layout', async () => {
    await node(page, 'transform_1').click({ position: { x: 12, y: 10 } });
    await page.keyboard.press('ControlOrMeta+c');
    await page.keyboard.press('ControlOrMeta+v');
    await expect(node(page, 'transform_3')).toBeVisible();
    await expect(page.getByTestId('node-panel')).toHaveAttribute('data-node-id', 'transform_3');
    await expect(page.getByTestId('node-panel').getByTestId('config-expression')).toHaveValue('{"branch": "big", "doubled": amount * 2}');
    await page.getByTestId('wf-undo').click();
    await expect(node(page, 'transform_3')).toHaveCount(0);
    await node(page, 'transform_2').click({ position: { x: 12, y: 10 } });
    await page.keyboard.press('ControlOrMeta+d');
    await expect(node(page, 'transform_3')).toBeVisible();
    await page.getByTestId('wf-undo').click();
    await expect(node(page, 'transform_3')).toHaveCount(0);

    await page.getByTestId('wf-tidy').click();
    await expect(async () => {
      const x = async (id: string) => (await node(page, id).boundingBox())!.x;
      const [m, c, t1, t2] = [await x('manual_1'), await x('condition_1'), await x('transform_1'), await x('transform_2')];
      expect(m).toBeLessThan(c);
      expect(c).toBeLessThan(t1);
      expect(Math.abs(t1 - t2)).toBeLessThan(1);
    }).toPass({ timeout: 5_000 });
  });

  await test.step('export the workflow to a file and import it as a new one', async () => {
    await expect(page.getByTestId('wf-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('wf-export').click()]);
    expect(download.suggestedFilename()).toBe(`order-router-${suffix}.workflow.json`);
    const file = await download.path();

    await page.goto('/console/workflows');
    await page.getByTestId('import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"nodes": [') });
    await expect(page.getByTestId('import-error')).toContainText('broken.json is not valid JSON');
    await page.getByTestId('import-file').setInputFiles(file);
    await expect(page.getByTestId('import-summary')).toContainText('4 nodes, 3 connections');
    // The exported name is taken in this organisation: the API says so and nothing is created.
    await page.getByTestId('import-submit').click();
    await expect(page.getByTestId('import-error')).toContainText('already exists');
    await page.getByLabel('Name', { exact: true }).last().fill(`Order router copy ${suffix}`);
    await page.getByTestId('import-submit').click();
    await expect(page).toHaveURL(/\/console\/workflows\/[^/]+$/);
    await expect(page.getByTestId('workflow-name')).toHaveText(`Order router copy ${suffix}`);
    for (const id of ['manual_1', 'condition_1', 'transform_1', 'transform_2']) await expect(node(page, id)).toBeVisible();
    await expect(page.locator('.react-flow__edge')).toHaveCount(3);
  });
});

test('secrets are listed by name only; workflows are duplicated, searched, and deleted after confirmation', async ({ page }) => {
  const suffix = uniqueSuffix();
  await signUp(page, { name: 'Sam Secrets', email: `wfs-${suffix}@example.com` });
  await createOrganisation(page, `Secret Org ${suffix}`, `wfs-${suffix}`);
  await expect(page).toHaveURL(/\/console\//);

  await page.goto('/console/workflows/settings');
  await page.getByLabel('Name', { exact: true }).fill('API_TOKEN');
  await expect(page.getByLabel('Value', { exact: true })).toHaveAttribute('type', 'password');
  await page.getByLabel('Value', { exact: true }).fill('s3cret-value');
  await page.getByTestId('secret-submit').click();
  await expect(page.getByTestId('secret-row')).toHaveAttribute('data-name', 'API_TOKEN');
  await expect(page.locator('body')).not.toContainText('s3cret-value');
  await page.getByTestId('hosts-input').fill('api.example.com\n*.internal.example.com');
  await page.getByTestId('hosts-submit').click();
  await expect(page.getByText('Saved 2 hosts.')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('hosts-input')).toHaveValue('api.example.com\n*.internal.example.com');
  await expect(page.getByTestId('secret-row')).toHaveCount(1);

  await page.goto('/console/workflows');
  await page.getByLabel('Name', { exact: true }).fill(`Doomed ${suffix}`);
  await page.getByTestId('create-workflow-submit').click();
  await expect(page).toHaveURL(/\/console\/workflows\/[^/]+$/);
  await page.goto('/console/workflows');
  const rowOf = (name: string) => page.getByTestId('workflow-row').and(page.locator(`[data-name="${name}"]`));
  const row = rowOf(`Doomed ${suffix}`);

  // Duplicating opens the copy; a second copy takes the next free name.
  await row.getByTestId('workflow-duplicate').click();
  await expect(page.getByTestId('workflow-name')).toHaveText(`Doomed ${suffix} (copy)`);
  await expect(node(page, 'trigger')).toBeVisible();
  await page.goto('/console/workflows');
  await row.getByTestId('workflow-duplicate').click();
  await expect(page.getByTestId('workflow-name')).toHaveText(`Doomed ${suffix} (copy 2)`);
  await page.goto('/console/workflows');
  await expect(page.getByTestId('workflow-row')).toHaveCount(3);

  // Search asks the server for names and descriptions that contain the words.
  await page.getByTestId('workflows-search').fill('copy 2');
  await expect(page.getByTestId('workflow-row')).toHaveCount(1);
  await expect(page.getByTestId('workflow-row')).toHaveAttribute('data-name', `Doomed ${suffix} (copy 2)`);
  await page.getByTestId('workflows-search').fill('no such workflow');
  await expect(page.getByTestId('workflows-empty')).toHaveText('No workflow matches.');
  await page.getByTestId('workflows-search').fill('');
  await expect(page.getByTestId('workflow-row')).toHaveCount(3);

  for (const name of [`Doomed ${suffix}`, `Doomed ${suffix} (copy)`, `Doomed ${suffix} (copy 2)`]) {
    await rowOf(name).getByTestId('workflow-delete').click();
    await page.getByTestId('delete-workflow-dialog').getByTestId('confirm-action').click();
    await expect(rowOf(name)).toHaveCount(0);
  }
  await page.reload();
  await expect(page.getByTestId('workflows-empty')).toBeVisible();
});

test('a waiting run shows purple on its wait node and can be cancelled', async ({ page }) => {
  await newUserWithWorkflow(page, 'Cass Cancel', 'wfc', 'Slow');

  // The new workflow's own trigger feeds a long wait.
  await dropNode(page, 'wait', 20, 20);
  await connect(page, ['trigger', 'out'], ['wait_1', 'in']);
  await configure(page, 'wait_1', 'durationMs', '600000');
  await expect(page.getByTestId('wf-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await expect(page.locator('[data-testid^="wf-node-"][data-invalid]')).toHaveCount(0);

  await page.getByTestId('wf-tab-run').click();
  await page.getByTestId('run-submit').click();
  await expect(node(page, 'wait_1')).toHaveAttribute('data-status', 'WAITING', { timeout: 30_000 });
  await expect(node(page, 'trigger')).toHaveAttribute('data-status', 'SUCCEEDED');
  await page.getByTestId('run-cancel').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'CANCELLED', { timeout: 15_000 });
  await expect(page.getByTestId('run-cancel')).toHaveCount(0);
  await expect(page.getByTestId('run-history-item').first()).toHaveAttribute('data-status', 'CANCELLED');

  // Retrying the cancelled run keeps the trigger's result and waits again on the node that did not finish.
  await page.getByTestId('run-retry').click();
  await expect(page.getByTestId('run-retry-of')).toBeVisible();
  await expect(node(page, 'wait_1')).toHaveAttribute('data-status', 'WAITING', { timeout: 30_000 });
  await expect(node(page, 'trigger')).toHaveAttribute('data-status', 'SUCCEEDED');
  await expect(page.getByTestId('run-history-item')).toHaveCount(2);
  await page.getByTestId('run-cancel').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'CANCELLED', { timeout: 15_000 });
});

test("the manual trigger's input schema draws the run form, and input that does not match is refused", async ({ page }) => {
  await newUserWithWorkflow(page, 'Ivy Input', 'wfi', 'Doubler');

  // The trigger's input is declared as fields; they write its input schema.
  await node(page, 'trigger').click({ position: { x: 12, y: 10 } });
  const panel = page.getByTestId('node-panel');
  await panel.getByTestId('input-field-add').click();
  await panel.getByTestId('input-field-name-0').fill('amount');
  await panel.getByTestId('input-field-type-0').selectOption('number');
  await panel.getByTestId('input-field-required-0').check();
  await panel.getByTestId('input-field-description-0').fill('How much');
  await expect(panel.getByTestId('config-inputSchema')).toHaveValue(/"required": \[\s*"amount"\s*\]/);
  await dropNode(page, 'transform', 20, 20);
  await connect(page, ['trigger', 'out'], ['transform_1', 'in']);
  await configure(page, 'transform_1', 'expression', 'amount * 2');
  // Nodes can be renamed; the edges follow, and an id the API would refuse is named as such.
  const id = page.getByTestId('node-panel').getByTestId('node-id');
  await id.fill('double it');
  await id.press('Enter');
  await expect(page.getByTestId('node-id-error')).toContainText('A node id is 1–64 characters');
  await id.fill('double');
  await id.press('Enter');
  await expect(node(page, 'double')).toBeVisible();
  await expect(node(page, 'transform_1')).toHaveCount(0);
  await expect(page.locator('.react-flow__edge')).toHaveCount(1);
  await expect(page.getByTestId('wf-save-state')).toHaveAttribute('data-state', 'saved', { timeout: 15_000 });
  await expect(page.locator('[data-testid^="wf-node-"][data-invalid]')).toHaveCount(0);

  await page.getByTestId('wf-tab-run').click();
  const fields = page.getByTestId('run-fields');
  await expect(fields).toContainText('How much');
  await page.getByTestId('run-input').fill('{"amount": "ten"}');
  await page.getByTestId('run-submit').click();
  await expect(page.getByTestId('run-error')).toContainText('input.amount must be number');
  await expect(page.getByTestId('run-history-item')).toHaveCount(0);

  await fields.getByTestId('config-amount').fill('21');
  await expect(page.getByTestId('run-input')).toHaveValue(/"amount": 21/);
  await page.getByTestId('run-submit').click();
  await expect(page.getByTestId('run-status')).toHaveAttribute('data-status', 'SUCCEEDED', { timeout: 30_000 });
  await expect(page.getByTestId('run-output')).toContainText('42');
});
