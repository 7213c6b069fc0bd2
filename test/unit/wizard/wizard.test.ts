import * as assert from 'node:assert/strict';
import { BACK, CANCEL, ButtonPress } from '../../../src/wizard/prompter';
import { runWizard, type StepOutcome, type WizardStep } from '../../../src/wizard/wizard';
import { ScriptedPrompter, type ScriptAnswer } from '../support/scriptedPrompter';

interface State {
  first?: string;
  second?: string;
  color?: string;
  log: string[];
}

function textStep(id: 'first' | 'second'): WizardStep<State> {
  return {
    id,
    async run(context, state): Promise<StepOutcome> {
      const result = await context.input({
        value: state[id] ?? '',
        prompt: context.notice ?? `Enter ${id}`,
        validate: (v) => (v.trim() ? undefined : 'Required'),
      });
      if (result === BACK || result === CANCEL) return result;
      if (result instanceof ButtonPress) return 'next';
      state[id] = result;
      state.log.push(`${id}=${result}`);
      return 'next';
    },
  };
}

const colorStep: WizardStep<State> = {
  id: 'color',
  async run(context, state) {
    const result = await context.pick({
      items: [{ label: 'Red', value: 'red' }, { label: 'Blue', value: 'blue' }, { label: 'Back to first', value: 'goto' }],
      active: (v) => v === state.color,
    });
    if (result === BACK || result === CANCEL) return result;
    if (result instanceof ButtonPress) return 'next';
    if (result === 'goto') return { goto: 'first' };
    state.color = result;
    return 'next';
  },
};

const steps = [textStep('first'), textStep('second'), colorStep];

async function run(script: ScriptAnswer[], options: { startAt?: string; state?: Partial<State>; notice?: { step: string; message: string } } = {}) {
  const prompter = new ScriptedPrompter(script);
  const state: State = { log: [], ...options.state };
  const done = await runWizard(prompter, steps, state, { title: 'Demo', startAt: options.startAt, notice: options.notice });
  return { done, state, prompter };
}

describe('multi-step wizard', () => {
  it('runs the steps in order with "(step/total)" titles and Back from step 2 on', async () => {
    const { done, state, prompter } = await run(['a', 'b', 'Blue']);
    assert.equal(done, true);
    assert.deepEqual([state.first, state.second, state.color], ['a', 'b', 'blue']);
    assert.deepEqual(prompter.shown.map((s) => s.title), ['Demo (1/3)', 'Demo (2/3)', 'Demo (3/3)']);
    assert.deepEqual(prompter.shown.map((s) => s.canGoBack), [false, true, true]);
    prompter.assertDone();
  });

  it('Back returns to the previous step with its answer prefilled, and later answers kept', async () => {
    const { done, state, prompter } = await run(['a', 'b', 'back', 'back', 'a2', 'b', 'Red']);
    assert.equal(done, true);
    const shown = prompter.shown;
    assert.deepEqual(shown.map((s) => s.title), ['Demo (1/3)', 'Demo (2/3)', 'Demo (3/3)', 'Demo (2/3)', 'Demo (1/3)', 'Demo (2/3)', 'Demo (3/3)']);
    assert.equal(shown[3].value, 'b', 'second answer prefilled on Back');
    assert.equal(shown[4].value, 'a', 'first answer prefilled on Back');
    assert.equal(shown[5].value, 'b', 'second answer kept and prefilled going forward again');
    assert.deepEqual([state.first, state.second, state.color], ['a2', 'b', 'red']);
  });

  it('a pick comes back with the previous choice highlighted', async () => {
    const { prompter } = await run(['a', 'b', 'Blue'], {});
    assert.equal(prompter.last.active, undefined);
    const again = await run(['back', 'b', 'Red'], { startAt: 'color', state: { first: 'a', second: 'b', color: 'blue' } });
    assert.equal(again.prompter.shown[0].active, 'Blue');
    assert.equal(again.prompter.shown[1].value, 'b');
    assert.equal(again.state.color, 'red');
  });

  for (const [index, script] of [['cancel'], ['a', 'cancel'], ['a', 'b', 'cancel']].entries()) {
    it(`Esc at step ${index + 1} ends the whole flow at once`, async () => {
      const { done, prompter } = await run(script);
      assert.equal(done, false);
      assert.equal(prompter.shown.length, index + 1, 'no further prompt after Esc');
    });
  }

  it('starts at a later step with Back to the earlier ones, and shows a notice once', async () => {
    const { done, prompter, state } = await run(['back', 'a', 'b2', 'Red'], {
      startAt: 'second', state: { first: 'a', second: 'b' }, notice: { step: 'second', message: 'Fix this' },
    });
    assert.equal(done, true);
    assert.equal(prompter.shown[0].prompt, 'Fix this');
    assert.equal(prompter.shown[0].canGoBack, true);
    assert.equal(prompter.shown[1].title, 'Demo (1/3)');
    assert.equal(prompter.shown[1].value, 'a');
    assert.equal(prompter.shown[2].prompt, 'Enter second', 'the notice is shown once');
    assert.equal(state.second, 'b2');
  });

  it('a goto visits a step and returns to where it came from', async () => {
    const { done, prompter, state } = await run(['a', 'b', 'Back to first', 'a2', 'Blue']);
    assert.equal(done, true);
    assert.deepEqual(prompter.shown.map((s) => s.title), ['Demo (1/3)', 'Demo (2/3)', 'Demo (3/3)', 'Demo (1/3)', 'Demo (3/3)']);
    assert.equal(state.first, 'a2');
    assert.equal(state.second, 'b');
  });

  it('Back from a visited step returns to the step it was visited from', async () => {
    const { prompter } = await run(['a', 'b', 'Back to first', 'back', 'Red']);
    assert.deepEqual(prompter.shown.map((s) => s.title).slice(3), ['Demo (1/3)', 'Demo (3/3)']);
    assert.equal(prompter.shown[3].canGoBack, true);
  });

  it('a refused input stays open and records the validation', async () => {
    const { prompter, state } = await run([{ refused: '  ' }, 'a', 'b', 'Red']);
    assert.deepEqual(prompter.shown[0].validations.map((v) => [v.value, v.message]), [['', 'Required'], ['  ', 'Required'], ['a', undefined]]);
    assert.equal(state.first, 'a');
  });

  it('the scripted prompter fails a flow that asks for more than scripted, or Back where none is offered', async () => {
    await assert.rejects(run(['a']), /asked for more than the 1 scripted answers: input "Demo \(2\/3\)"/);
    await assert.rejects(run(['back']), /Back is not offered at "Demo \(1\/3\)"/);
    await assert.rejects(run(['a', 'b', 'Green']), /No item "Green"/);
    await assert.rejects(run(['']), /Input "" was refused at "Demo \(1\/3\)": Required/);
  });
});
