/**
 * A collector listens to the one streaming parse of a built page and keeps
 * what one post-build step needs. htmlparser2 closes every element it opens
 * (void and implied ends included), so a collector can keep its own stack.
 * `at` is the element's place in the source: where its start tag begins, and
 * just past its end (its end tag, or where an implied end falls).
 */
export interface Collector<T> {
  open(name: string, attributes: Record<string, string>, at: number): void;
  text(text: string): void;
  close(name: string, at: number): void;
  result(): T;
}
