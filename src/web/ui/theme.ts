import { Anchor, type CSSVariablesResolver, createTheme } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Darker shades keep text on filled buttons and links above 4.5:1 contrast.
  primaryShade: 8,
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  components: {
    // Links are told apart from text by more than their colour (WCAG 1.4.1).
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
  },
});

/**
 * Text colours for the light and outline variants (badges, alerts). Mantine's own shades are below
 * WCAG AA contrast (4.5:1) for small text on their tinted backgrounds; these stay above 5.5:1.
 */
const accessibleText: Record<string, string> = {
  green: '#1e6b30',
  orange: '#9a3b00',
  teal: '#0b6b5e',
  red: '#b02525',
  blue: '#1559a8',
  grape: '#862e9c',
  indigo: '#364fc7',
  yellow: '#7a5a00',
  gray: 'var(--mantine-color-gray-7)',
};

export const cssVariablesResolver: CSSVariablesResolver = () => {
  const light: Record<string, string> = {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-placeholder': 'var(--mantine-color-gray-6)',
    '--mantine-color-error': accessibleText.red!,
  };
  for (const [color, value] of Object.entries(accessibleText)) {
    light[`--mantine-color-${color}-light-color`] = value;
    light[`--mantine-color-${color}-outline`] = value;
  }
  return { variables: {}, light, dark: {} };
};
