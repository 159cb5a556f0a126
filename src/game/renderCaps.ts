/** What the browser's drawing can afford, decided once: the stage adapts its costliest effects to it. */

/** Renderers that draw on the CPU: SwiftShader (Chrome, when the GPU is blocklisted or disabled), Mesa's llvmpipe and softpipe, Windows' Basic Render Driver. */
const SOFTWARE_RENDERER = /swiftshader|llvmpipe|softpipe|software|basic render/i;

let software: boolean | undefined;

/**
 * Whether this browser draws WebGL on the CPU, as on many managed classroom PCs. Browsers may refuse a context
 * that asks to fail on a major performance caveat; headless Chromium does not, so the renderer's name decides too.
 */
export function softwareWebGl(): boolean {
  if (software !== undefined) return software;
  const gl = document.createElement('canvas').getContext('webgl', { failIfMajorPerformanceCaveat: true });
  if (!gl) return (software = true);
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const renderer = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return (software = SOFTWARE_RENDERER.test(renderer));
}

/** The learner asked their system for less motion: people appear where they stand rather than walk in, faces change at once. */
export function reducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

/**
 * Whether the stage may keep moving while nothing happens (a customer breathing): not for a learner who asked
 * for reduced motion, nor where every drawn frame costs the CPU. Blinks, speech and reactions stay.
 */
export function idleMotion(): boolean {
  return !reducedMotion() && !softwareWebGl();
}
