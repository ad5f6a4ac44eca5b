'use client';
// Copies text with the async clipboard API and confirms for a moment.
import { useEffect, useState } from 'react';
import { Button, type ButtonProps } from './button';

export interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  text: string;
  label?: string;
}

export function CopyButton({ text, label = 'Copy', variant = 'secondary', size = 'sm', ...rest }: CopyButtonProps) {
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle');

  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState('copied');
    } catch {
      // Clipboard needs a secure context and permission; say so rather than fail silently.
      setState('failed');
    }
  }

  return (
    <Button variant={variant} size={size} onClick={copy} aria-live="polite" {...rest}>
      {state === 'copied' ? 'Copied!' : state === 'failed' ? 'Copy failed' : label}
    </Button>
  );
}
