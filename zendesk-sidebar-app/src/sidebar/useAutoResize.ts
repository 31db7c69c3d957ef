import { useEffect } from 'react';
import type { ZafClient } from './zaf/ZafClient';

/** Keeps the sidebar iframe as tall as its content with ZAF `resize` (sent only when the height changes). */
export const useAutoResize = (zaf: Pick<ZafClient, 'invoke'>, element: HTMLElement | null): void => {
  useEffect(() => {
    if (!element) return undefined;
    let last = -1;
    const resize = () => {
      const height = Math.ceil(element.getBoundingClientRect().height) + 16;
      if (height === last) return;
      last = height;
      void zaf.invoke('resize', { width: '100%', height: `${height}px` }).catch(() => undefined);
    };
    const observer = new ResizeObserver(resize);
    observer.observe(element);
    resize();
    return () => observer.disconnect();
  }, [zaf, element]);
};
