// Lets this package typecheck on its own; inside the web app Next's own declaration applies.
declare module '*.module.css' {
  const classes: { readonly [className: string]: string };
  export default classes;
}
