// The part of @slidev/client's public API the deck uses, typed for the deck's own typecheck. @slidev/client ships its
// TypeScript source, which only type-checks inside Slidev's own build (its globals and route types live there), so
// tsconfig.json maps the import here; Vite still bundles the real package.
import type { ComputedRef } from 'vue'

export interface SharedState {
  page: number
  clicks: number
  clicksTotal: number
  timer: {
    status: 'stopped' | 'running' | 'paused'
    slides: Record<number, { start?: number, end?: number }>
    startedAt: number
    pausedAt: number
  }
}

export declare const sharedState: SharedState

export declare function useNav(): {
  currentSlideNo: ComputedRef<number>
  clicks: ComputedRef<number>
  isPresenter: ComputedRef<boolean>
  isPrintMode: ComputedRef<boolean>
}

/** A slide's own context, as a per-slide layer (slide-top.vue) sees it: its number, not the navigation's. */
export declare function useSlideContext(): {
  $page: import('vue').Ref<number>
  $renderContext: import('vue').Ref<'slide' | 'overview' | 'presenter' | 'previewNext' | 'print' | 'none'>
}
