import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    // Reading pages ship no JavaScript (lib/build/export.ts): links are plain <a>, images plain <img>
    // with the width and height read from their files. next/link and next/image are client components.
    rules: {
      '@next/next/no-html-link-for-pages': 'off',
      '@next/next/no-img-element': 'off',
    },
  },
  { ignores: ['node_modules/**', '**/.next/**', '.e2e/**', '**/out/**', 'next-env.d.ts'] },
];

export default config;
